package fr.ploucs.webparts;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of PLOUCS: the network lives in the Landes, so "today" is Paris's today whatever the server's zone.
 * Every "now" of main code comes from this bean ({@code LocalDate.now(clock)}, {@code clock.instant()}). An
 * auto-configuration, so that the app and each pillar's module tests get it without scanning this package; tests
 * replace it with a fixed clock by declaring their own {@code Clock} bean.
 */
@AutoConfiguration
public class ParisClock {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Static, so that no instance of this configuration is needed (a pillar's module test does not keep one). */
    @Bean
    @ConditionalOnMissingBean
    static Clock clock() {
        return Clock.system(PARIS);
    }
}
