package fr.ploucs.cooperation;

import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.EarmarkKind;
import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Funding's texts: both languages, every choice labelled, the notifications of its events. */
class FundingMessagesTest {

    @Test
    void french_and_english_have_the_same_keys_and_every_choice_has_a_label() {
        MessageBundles.assertSameKeysInBothLanguages("cooperation-funding");
        Properties french = MessageBundles.french("cooperation-funding");

        Arrays.stream(FunderKind.values()).forEach(k -> assertThat(french).containsKey("funding.funderKind." + k));
        Arrays.stream(FundedPillar.values()).forEach(p -> assertThat(french).containsKey("funding.pillar." + p));
        Arrays.stream(ApplicationStatus.values())
                .forEach(s -> assertThat(french).containsKey("funding.applicationStatus." + s));
        Arrays.stream(FinancingLineStatus.values())
                .forEach(s -> assertThat(french).containsKey("funding.financingLineStatus." + s));
        Arrays.stream(EarmarkKind.values()).forEach(k -> assertThat(french).containsKey("funding.earmarkKind." + k));
        Arrays.stream(ReportKind.values()).forEach(k -> assertThat(french).containsKey("funding.reportKind." + k));
        assertThat(french).containsKeys("nav.cooperation.funding", "notification.FundingGranted",
                "notification.GrantEarmarkAdded", "notification.ReportDeadlineApproaching");
    }

    @Test
    void the_funder_kinds_read_as_the_network_says_them() {
        Properties french = MessageBundles.french("cooperation-funding");

        assertThat(french.getProperty("funding.funderKind.EPCI")).isEqualTo("Intercommunalité (EPCI)");
        assertThat(french.getProperty("funding.funderKind.EU_LEADER")).isEqualTo("Europe – LEADER");
        assertThat(french.getProperty("funding.funderKind.STATE")).isEqualTo("État");
    }
}
