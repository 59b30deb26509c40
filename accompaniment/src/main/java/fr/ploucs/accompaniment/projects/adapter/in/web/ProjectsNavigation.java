package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projects' menu entry for coordinators; representatives reach the projects their structure coaches from coaching's « Mes projets accompagnés ». */
@Configuration(proxyBeanMethods = false)
class ProjectsNavigation {

    @Bean
    NavigationEntry projectsEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "projects", "nav.accompaniment.projects",
                "/accompaniment/projects", 25);
    }
}
