package fr.ploucs.awareness.reach.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reach indicators' menu entry. */
@Configuration(proxyBeanMethods = false)
class ReachNavigation {

    @Bean
    NavigationEntry reachEntry() {
        return NavigationEntry.forCoordinators("awareness", "reach", "nav.awareness.reach", ReachController.PATH, 70);
    }
}
