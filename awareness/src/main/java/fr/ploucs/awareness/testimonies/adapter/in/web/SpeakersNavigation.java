package fr.ploucs.awareness.testimonies.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Témoins »: the pool of testimony speakers. */
@Configuration(proxyBeanMethods = false)
class SpeakersNavigation {

    @Bean
    NavigationEntry speakersEntry() {
        return NavigationEntry.forCoordinators("awareness", "testimonies", "nav.awareness.testimonies",
                SpeakersController.PATH, 25);
    }
}
