package fr.ploucs.cooperation;

import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A key missing from one language shows its raw key on screen to the users of that language. */
class CooperationMessagesTest {

    @Test
    void french_and_english_messages_have_the_same_keys() {
        MessageBundles.assertSameKeysInBothLanguages("cooperation");
        assertThat(MessageBundles.french("cooperation").stringPropertyNames())
                .contains("nav.cooperation.members", "nav.cooperation.my-member");
    }

    @Test
    void every_status_legal_form_and_membership_step_has_a_label() {
        Properties french = MessageBundles.french("cooperation");

        Arrays.stream(MembershipStatus.values())
                .forEach(status -> assertThat(french).containsKey("member.status." + status));
        Arrays.stream(LegalForm.values())
                .forEach(form -> assertThat(french).containsKey("legalForm." + form));
        Arrays.stream(MembershipChange.Kind.values())
                .forEach(kind -> assertThat(french).containsKey("membership.kind." + kind));
    }

    @Test
    void french_messages_are_read_as_utf8() {
        assertThat(MessageBundles.french("cooperation").getProperty("member.siret.taken"))
                .isEqualTo("Une autre structure est déjà enregistrée avec ce SIRET.");
    }
}
