package fr.ploucs.cooperation.shell.application;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CooperationClock {

    /** The network lives in the Landes: "today" is Paris's today. Tests replace this bean with a fixed clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Paris"));
    }
}
