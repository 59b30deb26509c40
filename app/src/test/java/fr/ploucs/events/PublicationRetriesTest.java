package fr.ploucs.events;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The back-off: the delay doubles with each attempt, up to the longest, counted from the last attempt. */
class PublicationRetriesTest {

    private final PublicationRetries retries = new PublicationRetries(null, null, null, null,
            Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1), 100);

    @Test
    void the_delay_doubles_with_each_attempt_up_to_the_longest() {
        assertThat(retries.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retries.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retries.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retries.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(retries.delayAfter(500)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_publication_is_due_once_its_delay_has_passed_since_its_last_attempt() {
        assertThat(retries.due(publication(3, Instant.now().minus(Duration.ofMinutes(3))))).isFalse();
        assertThat(retries.due(publication(3, Instant.now().minus(Duration.ofMinutes(5))))).isTrue();
        assertThat(retries.due(publication(1, Instant.now().minus(Duration.ofSeconds(61))))).isTrue();
    }

    private static EventPublication publication(int attempts, Instant lastAttempt) {
        EventPublication publication = mock(EventPublication.class);
        when(publication.getCompletionAttempts()).thenReturn(attempts);
        when(publication.getLastResubmissionDate()).thenReturn(lastAttempt);
        when(publication.getPublicationDate()).thenReturn(lastAttempt.minus(Duration.ofDays(1)));
        return publication;
    }
}
