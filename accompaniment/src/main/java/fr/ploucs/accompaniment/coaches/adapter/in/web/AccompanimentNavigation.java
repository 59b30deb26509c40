package fr.ploucs.accompaniment.coaches.adapter.in.web;


import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entries accompaniment adds to the application's menu; the shell lists every such bean. */
@Configuration(proxyBeanMethods = false)
class AccompanimentNavigation {

    @Bean
    NavigationEntry coachingMembersNavigationEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "coaches", "nav.accompaniment.members", CoachingMembersController.PATH, 20);
    }
}
