package fr.ploucs.awareness.tools.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Outils pédagogiques »: the catalogue and the copies lent to members. */
@Configuration(proxyBeanMethods = false)
class ToolsNavigation {

    @Bean
    NavigationEntry toolsEntry() {
        return NavigationEntry.forCoordinators("awareness", "tools", "nav.awareness.tools", ToolsController.PATH, 20);
    }
}
