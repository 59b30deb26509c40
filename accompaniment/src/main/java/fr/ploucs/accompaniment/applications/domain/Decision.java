package fr.ploucs.accompaniment.applications.domain;

public enum Decision {
    PENDING, ADMITTED, DECLINED
}
