package fr.ploucs.accompaniment.followup.adapter.in.schedule;

import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every morning, tells the coordinators of the check-ins that fell due; each is announced once. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FollowUpSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpSchedule.class);

    private final FollowUpUseCase followUp;

    FollowUpSchedule(FollowUpUseCase followUp) {
        this.followUp = followUp;
    }

    @Scheduled(cron = "${ploucs.accompaniment.follow-up-cron:0 30 7 * * *}", zone = "Europe/Paris")
    void announceDue() {
        LOG.info("Accompaniment: {} follow-up check-in(s) announced", followUp.announceDue());
    }
}
