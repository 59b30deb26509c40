package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DuesNavigation {

    @Bean
    NavigationEntry duesEntry() {
        return NavigationEntry.forCoordinators("cooperation", "dues", "nav.cooperation.dues", "/cooperation/dues", 35);
    }
}
