package fr.ploucs.awareness.workshops.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdeaTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Workshop workshop = Workshop.record(WorkshopId.newId(), " Mobilité ", TODAY.minusDays(7), "40197",
            18, TODAY);

    @Test
    void a_workshop_is_recorded_once_held_with_participants_in_range() {
        assertThat(workshop.theme()).isEqualTo("Mobilité");
        assertThat(workshop.origin()).isEqualTo("Atelier « Mobilité » du 2026-03-03");
        assertRefused(() -> Workshop.record(WorkshopId.newId(), "Sport", TODAY.plusDays(1), "40197", 10, TODAY),
                "heldOn", "awareness.workshop.held-on.range");
        assertRefused(() -> Workshop.record(WorkshopId.newId(), "Sport", TODAY, "40197", 10_001, TODAY),
                "participants", "awareness.workshop.participants.range");
        assertRefused(() -> Workshop.record(WorkshopId.newId(), " ", TODAY, "40197", 10, TODAY),
                "theme", "awareness.workshop.theme.required");
    }

    @Test
    void an_idea_without_consent_keeps_no_contact_and_does_not_surface() {
        Idea idea = Idea.note(IdeaId.newId(), workshop, "Un vélobus", null, "Inès", "ines@exemple.fr", null, TODAY);

        assertThat(idea.authorContact()).isNull();
        assertThat(idea.toSurface()).isFalse();
    }

    @Test
    void a_consented_idea_surfaces_once() {
        Idea idea = Idea.note(IdeaId.newId(), workshop, "Un vélobus", "Pour aller au lycée", "Inès",
                "ines@exemple.fr", TODAY.minusDays(7), TODAY);
        assertThat(idea.toSurface()).isTrue();

        Idea surfaced = idea.markSurfaced();
        assertThat(surfaced.toSurface()).isFalse();
        assertThat(surfaced.consent(workshop, "autre@exemple.fr", TODAY, TODAY)).isEqualTo(surfaced);
    }

    @Test
    void a_later_consent_needs_a_contact_and_a_date_between_the_workshop_and_today() {
        Idea idea = Idea.note(IdeaId.newId(), workshop, "Un skatepark", null, "Noé", null, null, TODAY);

        assertRefused(() -> idea.consent(workshop, null, TODAY, TODAY), "authorContact",
                "awareness.workshop.idea.contact.required");
        assertRefused(() -> idea.consent(workshop, "noe@exemple.fr", TODAY.minusDays(8), TODAY), "consentGivenOn",
                "awareness.workshop.idea.consent.range");
        assertRefused(() -> idea.consent(workshop, "noe@exemple.fr", TODAY.plusDays(1), TODAY), "consentGivenOn",
                "awareness.workshop.idea.consent.range");
        assertRefused(() -> idea.consent(workshop, "noe@exemple.fr", null, TODAY), "consentGivenOn",
                "awareness.workshop.idea.consent.required");

        Idea consented = idea.consent(workshop, "noe@exemple.fr", TODAY, TODAY);
        assertThat(consented.authorContact()).isEqualTo("noe@exemple.fr");
        assertThat(consented.toSurface()).isTrue();
    }

    private static void assertRefused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(WorkshopRuleViolation.class, violation -> {
            assertThat(violation.messageKey()).isEqualTo(key);
            assertThat(violation.field().orElse(null)).isEqualTo(field);
        });
    }
}
