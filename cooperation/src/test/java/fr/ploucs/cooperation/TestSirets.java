package fr.ploucs.cooperation;

import fr.ploucs.cooperation.shared.domain.Siret;

import java.util.concurrent.ThreadLocalRandom;

/** Valid SIRETs no other test uses: the database refuses two members with the same one, and tests share it. */
public final class TestSirets {

    private TestSirets() {
    }

    public static Siret fresh() {
        StringBuilder digits = new StringBuilder("7");
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        // With the check digit appended, the digits above sit at odd positions from the right for every other one.
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return new Siret(digits.append((10 - sum % 10) % 10).toString());
    }
}
