package fr.ploucs.cooperation;

import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.sharedkernel.events.TrainingSessionScheduled;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangesMessagesTest {

    private static final String BUNDLE = "cooperation-exchanges";

    @Test
    void french_and_english_have_the_same_keys_and_every_status_has_a_label() {
        MessageBundles.assertSameKeysInBothLanguages(BUNDLE);
        Properties french = MessageBundles.french(BUNDLE);
        Arrays.stream(RegistrationStatus.values())
                .forEach(status -> assertThat(french).containsKey("training.registration.status." + status));
        Arrays.stream(Attendance.values()).forEach(a -> assertThat(french).containsKey("training.attendance." + a));
        assertThat(french).containsKeys("nav.cooperation.exchanges", "nav.cooperation.training");
    }

    @Test
    void the_notification_of_a_scheduled_session_reads_as_french() {
        TrainingSessionScheduled scheduled = new TrainingSessionScheduled(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), "Comptabilité associative", LocalDate.of(2026, 10, 6), 12);
        String text = MessageBundles.french(BUNDLE).getProperty("notification.TrainingSessionScheduled");

        assertThat(new MessageFormat(text, Locale.FRENCH).format(scheduled.notificationArguments().toArray()))
                .isEqualTo("Session de formation programmée : « Comptabilité associative » le 06/10/2026, 12 places.");
    }
}
