package fr.ploucs.events;

import fr.ploucs.notification.CoordinatorAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Retries failed publications on a schedule, each after a delay that doubles with its attempts
 * ({@code ploucs.events.retry.first-delay} up to {@code ploucs.events.retry.longest-delay}). Stale ones (published,
 * processing or resubmitted for too long: a crash, a lost task) are first marked failed by Spring Modulith's staleness
 * monitor ({@code spring.modulith.events.staleness.*}), so they are retried here too. A publication still failed
 * {@code ploucs.events.alert-after} after it was published raises one alert for the coordinators.
 */
@Component
class PublicationRetries {

    private static final Logger log = LoggerFactory.getLogger(PublicationRetries.class);

    private final FailedEventPublications failed;
    private final FailedPublications publications;
    private final ListenerFailures failures;
    private final CoordinatorAlerts alerts;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Duration alertAfter;
    private final int batch;

    PublicationRetries(FailedEventPublications failed, FailedPublications publications, ListenerFailures failures,
                       CoordinatorAlerts alerts,
                       @Value("${ploucs.events.retry.first-delay:PT1M}") Duration firstDelay,
                       @Value("${ploucs.events.retry.longest-delay:PT1H}") Duration longestDelay,
                       @Value("${ploucs.events.alert-after:PT1H}") Duration alertAfter,
                       @Value("${ploucs.events.retry.batch:500}") int batch) {
        this.failed = failed;
        this.publications = publications;
        this.failures = failures;
        this.alerts = alerts;
        this.clock = Clock.systemUTC();
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
        this.alertAfter = alertAfter;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${ploucs.events.retry.interval:PT30S}",
            initialDelayString = "${ploucs.events.retry.interval:PT30S}")
    void run() {
        try {
            retryDue();
            alertLongFailures();
            failures.sweep();
        } catch (RuntimeException e) {
            log.warn("Retrying failed event publications failed, next run as scheduled: {}", e.getMessage());
        }
    }

    void retryDue() {
        // The batch is read oldest first and the back-off filter applied to it: a large batch keeps publications
        // still waiting their turn from hiding the ones that are due.
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(batch)
                .withMaxInFlight(batch)
                .withFilter(this::due));
    }

    void alertLongFailures() {
        for (FailedPublication publication : publications.failedLongerThan(alertAfter)) {
            UUID key = UUID.nameUUIDFromBytes(("event-publication-failing:" + publication.id())
                    .getBytes(StandardCharsets.UTF_8));
            if (alerts.raiseOnce(key, "notification.EventPublicationFailing", List.of(publication.listenerId(),
                    publication.eventName(), String.valueOf(publication.attempts())))) {
                log.warn("Event publication {} to {} still failing after {} attempts: coordinators alerted",
                        publication.id(), publication.listenerId(), publication.attempts());
            }
        }
    }

    /** Due when the delay its attempts call for has passed since its last attempt. */
    boolean due(EventPublication publication) {
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !last.plus(delayAfter(publication.getCompletionAttempts())).isAfter(clock.instant());
    }

    Duration delayAfter(int attempts) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
