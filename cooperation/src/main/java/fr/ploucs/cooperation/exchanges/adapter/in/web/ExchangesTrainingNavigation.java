package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The practice exchanges and the members' training programme in the coordinators' menu. */
@Configuration(proxyBeanMethods = false)
class ExchangesTrainingNavigation {

    @Bean
    NavigationEntry practiceExchangesEntry() {
        return NavigationEntry.forCoordinators("cooperation", "exchanges", "nav.cooperation.exchanges", "/cooperation/exchanges", 45);
    }

    @Bean
    NavigationEntry trainingProgrammeEntry() {
        return NavigationEntry.forCoordinators("cooperation", "exchanges", "nav.cooperation.training", "/cooperation/training", 45);
    }
}
