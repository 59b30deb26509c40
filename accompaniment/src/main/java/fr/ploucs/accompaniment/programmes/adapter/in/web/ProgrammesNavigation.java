package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Programmes »: the pillar's landing page for coordinators. */
@Configuration(proxyBeanMethods = false)
class ProgrammesNavigation {

    @Bean
    NavigationEntry programmesNavigationEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "programmes", "nav.accompaniment.programmes",
                ProgrammesController.PATH, 10);
    }
}
