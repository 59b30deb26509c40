package fr.ploucs.awareness.workshops.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Workshops' menu entry. */
@Configuration(proxyBeanMethods = false)
class WorkshopsNavigation {

    @Bean
    NavigationEntry workshopsEntry() {
        return NavigationEntry.forCoordinators("awareness", "workshops", "nav.awareness.workshops",
                WorkshopsController.PATH, 50);
    }
}
