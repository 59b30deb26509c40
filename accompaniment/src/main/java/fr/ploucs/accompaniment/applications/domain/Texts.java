package fr.ploucs.accompaniment.applications.domain;

/** The length limits of the selection's texts, checked where they enter the domain. */
final class Texts {

    static final int TITLE_MAX = 160;
    static final int TEXT_MAX = 4000;
    static final int NAME_MAX = 200;

    private Texts() {
    }

    static String required(String value, int max, String field, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new SelectionRuleViolation(field, key + ".required");
        }
        if (trimmed.length() > max) {
            throw new SelectionRuleViolation(field, key + ".too-long");
        }
        return trimmed;
    }

    static String optional(String value, int max, String field, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, max, field, key);
    }
}
