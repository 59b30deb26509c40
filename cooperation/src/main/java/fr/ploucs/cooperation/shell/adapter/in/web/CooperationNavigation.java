package fr.ploucs.cooperation.shell.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CooperationNavigation {

    @Bean
    NavigationEntry membersEntry() {
        return NavigationEntry.forCoordinators("nav.cooperation.members", "/cooperation/members", 10);
    }

    @Bean
    NavigationEntry reengageEntry() {
        return NavigationEntry.forCoordinators("nav.cooperation.reengage", "/cooperation/engagement/reengage", 15);
    }

    @Bean
    NavigationEntry paymentsEntry() {
        return NavigationEntry.forCoordinators("nav.cooperation.payments", "/cooperation/payments", 52);
    }

    @Bean
    NavigationEntry myMemberEntry() {
        return new NavigationEntry("nav.cooperation.my-member", "/cooperation/my-member", 10, "REPRESENTATIVE");
    }
}
