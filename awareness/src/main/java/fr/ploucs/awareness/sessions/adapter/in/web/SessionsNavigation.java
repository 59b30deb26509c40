package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.NavigationEntry.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Interventions »: coordinators see every session, representatives those their structure facilitates. */
@Configuration(proxyBeanMethods = false)
class SessionsNavigation {

    @Bean
    NavigationEntry sessionsEntry() {
        return new NavigationEntry("awareness", "sessions", "nav.awareness.sessions", SessionsController.PATH, 10,
                Audience.EVERYONE);
    }
}
