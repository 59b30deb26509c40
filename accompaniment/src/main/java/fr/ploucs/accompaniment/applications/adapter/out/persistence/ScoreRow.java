package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "accompaniment", name = "application_score")
record ScoreRow(String criterion, int score) {
}
