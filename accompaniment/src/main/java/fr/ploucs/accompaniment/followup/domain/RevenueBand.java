package fr.ploucs.accompaniment.followup.domain;

/** Yearly revenue in bands: enough to follow the trend without asking for the accounts. */
public enum RevenueBand {
    NONE, UNDER_10K, FROM_10K_TO_50K, FROM_50K_TO_150K, OVER_150K
}
