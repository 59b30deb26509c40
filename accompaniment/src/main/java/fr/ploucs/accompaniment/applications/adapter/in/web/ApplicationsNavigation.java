package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Candidatures » and « Pistes »: the jury's work and the people with an idea who could apply. */
@Configuration(proxyBeanMethods = false)
class ApplicationsNavigation {

    @Bean
    NavigationEntry applicationsNavigationEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "applications", "nav.accompaniment.applications",
                ApplicationsController.PATH, 22);
    }

    @Bean
    NavigationEntry leadsNavigationEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "applications", "nav.accompaniment.leads",
                LeadsController.PATH, 23);
    }
}
