package fr.ploucs.cooperation;

import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.PartnerKind;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class PartnersMessagesTest {

    private static final String BUNDLE = "cooperation-partners";

    @Test
    void french_and_english_have_the_same_keys_and_every_kind_has_a_label() {
        MessageBundles.assertSameKeysInBothLanguages(BUNDLE);
        Properties french = MessageBundles.french(BUNDLE);
        Arrays.stream(PartnerKind.values()).forEach(kind -> assertThat(french).containsKey("partner.kind." + kind));
        Arrays.stream(InteractionKind.values()).forEach(kind -> assertThat(french).containsKey("partner-log.kind." + kind));
        assertThat(french.getProperty("nav.cooperation.partners")).isEqualTo("Partenaires et territoire");
        assertThat(french.getProperty("partner.kind.SCHOOL")).isEqualTo("Établissement scolaire");
        assertThat(french.getProperty("partner.kind.OTHER")).isEqualTo("Autre acteur");
        assertThat(french).containsKey("notification.PartnerDetailsChanged");
        assertThat(MessageBundles.english(BUNDLE)).containsKey("notification.PartnerDetailsChanged");
    }
}
