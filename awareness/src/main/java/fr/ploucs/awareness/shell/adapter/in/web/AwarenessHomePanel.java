package fr.ploucs.awareness.shell.adapter.in.web;

import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery;
import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery.FollowUp;
import fr.ploucs.sharedkernel.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/** What needs a coordinator's attention in awareness, on the home page: requests, evaluations, authorisations. */
@Configuration(proxyBeanMethods = false)
class AwarenessHomePanel {

    @Bean
    HomePanel awarenessToFollowUp(AwarenessFollowUpQuery query) {
        return new HomePanel("awareness/home :: panel", 30, "COORDINATOR", () -> {
            FollowUp followUp = query.followUp();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("requestsToSchedule", followUp.requestsToSchedule());
            data.put("sessionsToEvaluate", followUp.sessionsToEvaluate());
            data.put("missingAuthorisations", followUp.missingAuthorisations());
            return data;
        });
    }
}
