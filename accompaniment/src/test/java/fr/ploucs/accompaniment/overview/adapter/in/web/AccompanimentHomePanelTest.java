package fr.ploucs.accompaniment.overview.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.sharedkernel.HomePanel;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The pillar's panel on the coordinators' home page, and the texts of the projects and follow-up pages. */
class AccompanimentHomePanelTest {

    @Test
    void counts_follow_ups_due_projects_without_a_coach_or_to_reassign_and_applications_to_decide() {
        FollowUpUseCase followUps = mock(FollowUpUseCase.class);
        ProjectListQuery projects = mock(ProjectListQuery.class);
        ProjectCoachingQuery coaching = mock(ProjectCoachingQuery.class);
        FindApplicationsQuery applications = mock(FindApplicationsQuery.class);
        UUID coached = UUID.randomUUID();
        UUID alone = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        when(followUps.countDue()).thenReturn(2);
        when(projects.followedProjectIds()).thenReturn(List.of(coached, alone, orphan));
        when(coaching.projectsWithACoach()).thenReturn(Set.of(coached, orphan));
        when(coaching.projectsToReassign()).thenReturn(Set.of(orphan));
        when(applications.awaitingDecision()).thenReturn(4);

        HomePanel panel = new AccompanimentHomePanel().accompanimentPanel(followUps, projects, coaching, applications);

        assertThat(panel.requiredRole()).isEqualTo("COORDINATOR");
        assertThat(panel.fragment()).isEqualTo("accompaniment/projects/home-panel :: panel");
        assertThat(panel.data().get()).containsEntry("followUpsDue", 2).containsEntry("withoutCoach", 1)
                .containsEntry("toReassign", 1).containsEntry("applicationsToDecide", 4);
    }

    @Test
    void french_and_english_texts_have_the_same_keys() {
        MessageBundles.assertSameKeysInBothLanguages("accompaniment-projects");
        MessageBundles.assertSameKeysInBothLanguages("accompaniment-followup");
        assertThat(MessageBundles.french("accompaniment-projects").getProperty("project.stage.date.future"))
                .isEqualTo("Cette date n’est pas encore arrivée.");
    }

    @Test
    void every_accompaniment_event_has_its_notification_text_in_both_languages() {
        for (String event : List.of("CohortOpened", "ProjectAdmitted", "CoachingSessionHeld",
                "CoachingSessionCorrected", "ProjectGraduated", "FollowUpDue")) {
            assertThat(MessageBundles.french("accompaniment").getProperty("notification." + event)).as(event)
                    .isNotBlank();
            assertThat(MessageBundles.english("accompaniment").getProperty("notification." + event)).as(event)
                    .isNotBlank();
        }
    }
}
