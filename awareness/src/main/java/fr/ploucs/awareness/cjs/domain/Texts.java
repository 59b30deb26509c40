package fr.ploucs.awareness.cjs.domain;

/** The CJS's texts: trimmed, required or not, never longer than their limit (else a French message, never a 500). */
final class Texts {

    static final int LONG_MAX = 2000;

    private Texts() {
    }

    static String required(String text, String field, String requiredKey, int max) {
        String trimmed = optional(text, field, max);
        if (trimmed == null) {
            throw new CjsRuleViolation(field, requiredKey);
        }
        return trimmed;
    }

    /** Null when blank. */
    static String optional(String text, String field, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > max) {
            throw new CjsRuleViolation(field, "awareness.cjs.text.too-long");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
