package fr.ploucs.cooperation;

import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.sharedkernel.events.SharedResourceBooked;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MutualisationMessagesTest {

    private static final String BUNDLE = "cooperation-mutualisation";

    @Test
    void french_and_english_have_the_same_keys_and_every_kind_and_status_has_a_label() {
        MessageBundles.assertSameKeysInBothLanguages(BUNDLE);
        Properties french = MessageBundles.french(BUNDLE);
        Arrays.stream(ResourceKind.values()).forEach(kind -> assertThat(french).containsKey("resource.kind." + kind));
        Arrays.stream(BookingStatus.values()).forEach(status -> assertThat(french).containsKey("booking.status." + status));
        assertThat(french).containsKeys("nav.cooperation.resources", "nav.cooperation.bookings");
    }

    @Test
    void the_notification_of_a_booking_reads_as_french() {
        SharedResourceBooked booked = new SharedResourceBooked(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
                "Jeu de rôle de l’ESS", MemberId.newId(), "Les Jardins du Marsan",
                Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2026-07-01T10:30:00Z"));
        String text = MessageBundles.french(BUNDLE).getProperty("notification.SharedResourceBooked");

        assertThat(new MessageFormat(text, Locale.FRENCH).format(booked.notificationArguments().toArray()))
                .isEqualTo("Les Jardins du Marsan a réservé Jeu de rôle de l’ESS du 01/07/2026 09:00 au 01/07/2026 12:30.");
    }
}
