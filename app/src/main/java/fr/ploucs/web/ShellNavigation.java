package fr.ploucs.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.NavigationEntry.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's own entries, shown in the header; the pillars declare theirs the same way, in their own modules. */
@Configuration(proxyBeanMethods = false)
class ShellNavigation {

    @Bean
    NavigationEntry homeEntry() {
        return NavigationEntry.ofTheApp("nav.home", "/", 0, Audience.EVERYONE);
    }

    @Bean
    NavigationEntry accountsEntry() {
        return NavigationEntry.ofTheApp("nav.accounts", "/accounts", 90, Audience.COORDINATORS);
    }
}
