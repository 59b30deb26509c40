package fr.ploucs.accompaniment.overview.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.sharedkernel.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What needs a coordinator's attention in the incubator, on the home page: the follow-ups due, the followed projects
 * without a coaching member or whose member left, and the applications waiting for the jury. A feature of its own
 * (nothing depends on it) because it reads several features that depend on each other one way.
 */
@Configuration(proxyBeanMethods = false)
class AccompanimentHomePanel {

    static final String FRAGMENT = "accompaniment/projects/home-panel :: panel";

    @Bean
    HomePanel accompanimentPanel(FollowUpUseCase followUps, ProjectListQuery projects,
                                 ProjectCoachingQuery coaching, FindApplicationsQuery applications) {
        return new HomePanel(FRAGMENT, 20, "COORDINATOR", () -> data(followUps, projects, coaching, applications));
    }

    static Map<String, Object> data(FollowUpUseCase followUps, ProjectListQuery projects,
                                    ProjectCoachingQuery coaching, FindApplicationsQuery applications) {
        Set<UUID> withoutCoach = new HashSet<>(projects.followedProjectIds());
        withoutCoach.removeAll(coaching.projectsWithACoach());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("followUpsDue", followUps.countDue());
        data.put("withoutCoach", withoutCoach.size());
        data.put("toReassign", coaching.projectsToReassign().size());
        data.put("applicationsToDecide", applications.awaitingDecision());
        return data;
    }
}
