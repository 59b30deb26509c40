package fr.ploucs.security;

import fr.ploucs.security.passwords.PasswordPolicy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void the_bundled_list_holds_a_few_thousand_common_passwords() {
        assertThat(policy.size()).isBetween(3_000, 10_000);
    }

    @Test
    void a_long_password_of_unrelated_words_is_accepted() {
        assertThat(policy.problem("cheval-agrafe-pile-correcte", "camille")).isEmpty();
        assertThat(policy.problem("Héron cendré sur l’Adour", "camille")).isEmpty();
    }

    @Test
    void too_short_and_too_long_are_refused_with_their_own_message() {
        assertThat(policy.problem("court-1234", "x")).contains("password.too-short");
        assertThat(policy.problem("a".repeat(11) + "b", "x")).isEmpty();
        assertThat(policy.problem("k".repeat(40) + "-" + "w".repeat(31), "x")).isEmpty(); // 72 bytes
        assertThat(policy.problem("k".repeat(40) + "-" + "w".repeat(39), "x")).contains("password.too-long"); // 80
        // 72 bytes is fewer characters once accents come in: "é" takes two.
        assertThat(policy.problem("é".repeat(37), "x")).contains("password.too-long");
        assertThat(policy.problem(null, "x")).contains("password.required");
    }

    @Test
    void common_and_breached_passwords_are_refused_even_dressed_up() {
        assertThat(policy.problem("1qaz2wsx3edc", "x")).contains("password.common");
        assertThat(policy.problem("QWERTY123456", "x")).contains("password.common");
        assertThat(policy.problem("motdepasse2026!", "x")).contains("password.common");
        assertThat(policy.problem("!!azerty1234!!", "x")).contains("password.common");
        assertThat(policy.problem("soleilsoleil", "x")).contains("password.common");
        assertThat(policy.problem("aaaaaaaaaaaaaaa", "x")).contains("password.common");
        assertThat(policy.problem("abcabcabcabc", "x")).contains("password.common");
        assertThat(policy.problem("123456789012", "x")).contains("password.common");
    }

    @Test
    void the_username_is_no_password() {
        assertThat(policy.problem("camille.dupuy-2026", "camille.dupuy")).contains("password.username");
    }
}
