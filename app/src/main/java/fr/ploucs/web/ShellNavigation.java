package fr.ploucs.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's own entries; the pillars declare theirs the same way, in their own modules. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    @Bean
    NavigationEntry homeEntry() {
        return new NavigationEntry("nav.home", "/", 0, null);
    }

    @Bean
    NavigationEntry accountsEntry() {
        return NavigationEntry.forCoordinators("nav.accounts", "/accounts", 90);
    }
}
