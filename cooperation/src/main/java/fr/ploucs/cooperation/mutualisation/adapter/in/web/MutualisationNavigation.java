package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mutualisation's menu entries: the shared resources, and the calendar of their bookings. */
@Configuration(proxyBeanMethods = false)
class MutualisationNavigation {

    @Bean
    NavigationEntry sharedResourcesEntry() {
        return NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.resources", "/cooperation/resources", 40);
    }

    @Bean
    NavigationEntry bookingsEntry() {
        return NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.bookings", "/cooperation/bookings", 40);
    }
}
