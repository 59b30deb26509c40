package fr.ploucs.awareness;

import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.Consent;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.NoteIdea;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.RecordWorkshop;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Ideas from workshops surface to accompaniment once their author consented, and only once. */
@ApplicationModuleTest
class WorkshopsModuleTest {

    @Autowired
    private WorkshopsUseCase workshops;

    @Autowired
    private Clock clock;

    @Test
    void an_idea_noted_with_its_authors_consent_surfaces(Scenario scenario) {
        WorkshopId workshop = workshop();
        scenario.stimulate(() -> workshops.noteIdea(new NoteIdea(workshop, "Un vélobus", "Pour aller au lycée",
                        "Inès", "ines@exemple.fr", today())))
                .andWaitForEventOfType(ProjectIdeaSurfaced.class)
                .toArriveAndVerify((event, ideaId) -> {
                    assertThat(event.ideaId()).isEqualTo(((IdeaId) ideaId).value());
                    assertThat(event.title()).isEqualTo("Un vélobus");
                    assertThat(event.authorContact()).isEqualTo("ines@exemple.fr");
                    assertThat(event.consentGivenOn()).isEqualTo(today());
                    assertThat(event.communeCode()).isEqualTo("40197");
                    assertThat(event.origin()).contains("Mobilité");
                });
    }

    @Test
    void an_idea_surfaces_when_its_author_consents_later_and_a_second_consent_publishes_nothing(
            PublishedEvents events) {
        WorkshopId workshop = workshop();
        IdeaId idea = workshops.noteIdea(new NoteIdea(workshop, "Un skatepark", null, "Noé", null, null));
        assertThat(events.ofType(ProjectIdeaSurfaced.class)).isEmpty();

        workshops.consent(new Consent(idea, "noe@exemple.fr", today()));
        workshops.consent(new Consent(idea, "noe@exemple.fr", today()));

        assertThat(events.ofType(ProjectIdeaSurfaced.class).matching(event -> event.ideaId().equals(idea.value())))
                .hasSize(1);
    }

    private WorkshopId workshop() {
        return workshops.record(new RecordWorkshop("Mobilité", today(), "40197", 18));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
