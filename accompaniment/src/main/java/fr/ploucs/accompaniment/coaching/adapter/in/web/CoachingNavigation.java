package fr.ploucs.accompaniment.coaching.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Coaching's menu entries: representatives find the projects their structure coaches (and log sessions from there),
 * coordinators every project coached now.
 */
@Configuration(proxyBeanMethods = false)
class CoachingNavigation {

    @Bean
    NavigationEntry myCoachedProjectsEntry() {
        return NavigationEntry.forRepresentatives("accompaniment", "coaching", "nav.accompaniment.my-coaching",
                CoachingController.MY_PROJECTS, 30);
    }

    @Bean
    NavigationEntry coachedProjectsEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "coaching", "nav.accompaniment.coaching",
                CoachingController.MY_PROJECTS, 30);
    }
}
