package fr.ploucs.cooperation;

import fr.ploucs.cooperation.domain.LegalForm;
import fr.ploucs.cooperation.domain.MembershipChange;
import fr.ploucs.cooperation.domain.MembershipStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A key missing from one language shows its raw key on screen to the users of that language. */
class CooperationMessagesTest {

    @Test
    void french_and_english_messages_have_the_same_keys() throws IOException {
        Properties french = load("messages/cooperation.properties");
        Properties english = load("messages/cooperation_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).contains("nav.cooperation.members", "nav.cooperation.my-member");
    }

    @Test
    void every_status_legal_form_and_membership_step_has_a_label() throws IOException {
        Properties french = load("messages/cooperation.properties");

        Arrays.stream(MembershipStatus.values())
                .forEach(status -> assertThat(french).containsKey("member.status." + status));
        Arrays.stream(LegalForm.values())
                .forEach(form -> assertThat(french).containsKey("legalForm." + form));
        Arrays.stream(MembershipChange.Kind.values())
                .forEach(kind -> assertThat(french).containsKey("membership.kind." + kind));
    }

    @Test
    void french_messages_are_read_as_utf8() throws IOException {
        assertThat(load("messages/cooperation.properties").getProperty("member.siret.taken"))
                .isEqualTo("Une autre structure est déjà enregistrée avec ce SIRET.");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CooperationMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
