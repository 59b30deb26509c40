package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FundingNavigation {

    @Bean
    NavigationEntry fundingEntry() {
        return NavigationEntry.forCoordinators("cooperation", "funding", "nav.cooperation.funding", "/cooperation/funding", 50);
    }
}
