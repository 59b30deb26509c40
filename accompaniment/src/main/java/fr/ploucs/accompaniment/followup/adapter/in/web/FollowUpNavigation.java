package fr.ploucs.accompaniment.followup.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Follow-up's menu entry: the check-ins due after the incubator. */
@Configuration(proxyBeanMethods = false)
class FollowUpNavigation {

    @Bean
    NavigationEntry followUpEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "followup", "nav.accompaniment.followup",
                FollowUpController.PATH, 40);
    }
}
