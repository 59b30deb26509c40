package fr.ploucs.cooperation.shell.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CooperationNavigation {

    @Bean
    NavigationEntry membersEntry() {
        return NavigationEntry.forCoordinators("cooperation", "members", "nav.cooperation.members", "/cooperation/members", 10);
    }

    @Bean
    NavigationEntry reengageEntry() {
        return NavigationEntry.forCoordinators("cooperation", "engagement", "nav.cooperation.reengage", "/cooperation/engagement/reengage", 15);
    }

    @Bean
    NavigationEntry paymentsEntry() {
        return NavigationEntry.forCoordinators("cooperation", "payments", "nav.cooperation.payments", "/cooperation/payments", 52);
    }

    @Bean
    NavigationEntry myMemberEntry() {
        return NavigationEntry.forRepresentatives("cooperation", "members", "nav.cooperation.my-member", "/cooperation/my-member", 10);
    }
}
