package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projects' menu entries: coordinators see every project, representatives those their structure coaches. */
@Configuration(proxyBeanMethods = false)
class ProjectsNavigation {

    @Bean
    NavigationEntry projectsEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "projects", "nav.accompaniment.projects",
                "/accompaniment/projects", 25);
    }

    @Bean
    NavigationEntry representativeProjectsEntry() {
        return NavigationEntry.forRepresentatives("accompaniment", "projects", "nav.accompaniment.coached-projects",
                "/accompaniment/projects", 26);
    }
}
