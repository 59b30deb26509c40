package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** « Journées collectives »: the coordinators' entry to each cohort's training days. */
@Configuration(proxyBeanMethods = false)
class TrainingDaysNavigation {

    @Bean
    NavigationEntry trainingDaysEntry() {
        return NavigationEntry.forCoordinators("accompaniment", "trainingdays", "nav.accompaniment.training-days",
                TrainingDaysController.COHORTS, 40);
    }
}
