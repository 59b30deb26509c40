package fr.ploucs.cooperation.partners.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Partners and territory's menu entry. */
@Configuration(proxyBeanMethods = false)
class PartnersNavigation {

    @Bean
    NavigationEntry partnersEntry() {
        return NavigationEntry.forCoordinators("cooperation", "partners", "nav.cooperation.partners", "/cooperation/partners", 55);
    }
}
