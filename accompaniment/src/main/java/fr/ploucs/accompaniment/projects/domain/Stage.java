package fr.ploucs.accompaniment.projects.domain;

/** A project's maturity: from an idea to a launched structure, or abandoned on the way. */
public enum Stage {
    IDEA, STRUCTURING, FORMALISED, LAUNCHED, ABANDONED;

    public boolean isFinal() {
        return this == LAUNCHED || this == ABANDONED;
    }
}
