package fr.ploucs.accompaniment.applications.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    private static final List<String> CRITERIA = List.of("Utilité sociale", "Dimension collective");
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 7);

    private final Application application = Application.submit(ApplicationId.newId(), UUID.randomUUID(), null,
            " La Recyclerie ", null, "Léa Martin\nPaul Dubois", "40192", LocalDate.of(2026, 6, 1));

    @Test
    void the_jury_scores_every_criterion_from_zero_to_five() {
        assertThatThrownBy(() -> application.score(CRITERIA, Map.of("Utilité sociale", 4)))
                .hasMessage("application.scores.incomplete").extracting("field").isEqualTo("scores");
        assertThatThrownBy(() -> application.score(CRITERIA, Map.of("Utilité sociale", 6, "Dimension collective", 1)))
                .hasMessage("application.scores.range");
        assertThatThrownBy(() -> application.score(CRITERIA,
                Map.of("Utilité sociale", 1, "Dimension collective", 1, "Autre", 3)))
                .hasMessage("application.scores.unknown-criterion");

        application.score(CRITERIA, Map.of("Utilité sociale", 4, "Dimension collective", 5));
        assertThat(application.totalScore()).isEqualTo(9);
        assertThat(application.getScores().keySet()).containsExactlyElementsOf(CRITERIA);
        assertThat(application.getProjectTitle()).isEqualTo("La Recyclerie");
    }

    @Test
    void admission_needs_every_score_and_the_jury_s_reasons_and_happens_once() {
        assertThatThrownBy(() -> application.requireAdmissible(CRITERIA, "Projet solide"))
                .hasMessage("application.scores.incomplete");
        application.score(CRITERIA, Map.of("Utilité sociale", 4, "Dimension collective", 5));
        assertThatThrownBy(() -> application.requireAdmissible(CRITERIA, " "))
                .hasMessage("application.reasons.required").extracting("field").isEqualTo("reasons");
        assertThat(application.getDecision()).isEqualTo(Decision.PENDING);

        UUID project = UUID.randomUUID();
        application.admit(CRITERIA, "Projet solide et collectif", TODAY, project);
        assertThat(application.getDecision()).isEqualTo(Decision.ADMITTED);
        assertThat(application.getProjectId()).isEqualTo(project);
        assertThat(application.getDecidedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> application.decline("Non", TODAY)).hasMessage("application.already-decided");
        assertThatThrownBy(() -> application.score(CRITERIA, Map.of())).hasMessage("application.already-decided");
    }

    @Test
    void a_declined_application_keeps_the_jury_s_reasons() {
        application.decline("Projet encore trop tôt : à représenter l'an prochain", TODAY);
        assertThat(application.getDecision()).isEqualTo(Decision.DECLINED);
        assertThat(application.getReasons()).startsWith("Projet encore trop tôt");
    }

    @Test
    void a_lead_applies_once() {
        Lead lead = Lead.byHand(LeadId.newId(), "Tiers-lieu", null, "Léa", null, null, TODAY);
        lead.applied();
        assertThatThrownBy(lead::applied).hasMessage("lead.not-open");
        assertThatThrownBy(() -> Lead.byHand(LeadId.newId(), " ", null, "Léa", null, null, TODAY))
                .hasMessage("lead.title.required").extracting("field").isEqualTo("title");
    }
}
