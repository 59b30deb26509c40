package fr.ploucs.cooperation.shared.domain;

import java.util.Objects;

/**
 * The 14-digit French establishment number. Valid numbers pass the Luhn check, except La Poste's establishments
 * (SIREN 356 000 000), whose digits add up to a multiple of 5 instead.
 */
public record Siret(String value) {

    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        Objects.requireNonNull(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid SIRET: " + value);
        }
    }

    /** Accepts the number as people type it, with spaces between the groups of digits. */
    public static Siret parse(String typed) {
        return new Siret(normalise(typed));
    }

    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("\\s", "");
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{14}")) {
            return false;
        }
        if (candidate.startsWith(LA_POSTE_SIREN) && !candidate.equals("35600000000048")) {
            return digitSum(candidate) % 5 == 0;
        }
        return luhnSum(candidate) % 10 == 0;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /** As printed on official documents: 123 456 789 00012. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6, 9) + " " + value.substring(9);
    }

    @Override
    public String toString() {
        return value;
    }
}
