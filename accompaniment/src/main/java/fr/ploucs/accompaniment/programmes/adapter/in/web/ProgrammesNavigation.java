package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Programmes », after « Structures accompagnatrices » (the pillar's landing page, which the app's navigation test expects). */
@Configuration(proxyBeanMethods = false)
class ProgrammesNavigation {

    @Bean
    NavigationEntry programmesNavigationEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "programmes", "nav.accompaniment.programmes",
                ProgrammesController.PATH, 21);
    }
}
