package fr.ploucs.awareness.facilitators.adapter.in.web;


import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entries awareness adds to the application's menu; the shell lists every such bean. */
@Configuration(proxyBeanMethods = false)
class AwarenessNavigation {

    @Bean
    NavigationEntry facilitatingMembersNavigationEntry() {
        return NavigationEntry.forCoordinators("awareness", "facilitators", "nav.awareness.members", FacilitatingMembersController.PATH, 30);
    }
}
