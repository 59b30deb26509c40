package fr.ploucs.cooperation.shell.adapter.in.web;


import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** What the cooperation pages need around a controller in a web slice test: method security, a fixed "today". */
@TestConfiguration
@EnableMethodSecurity
public class CooperationWebTestConfiguration {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
    }
}
