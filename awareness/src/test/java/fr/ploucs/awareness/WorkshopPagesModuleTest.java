package fr.ploucs.awareness;

import fr.ploucs.awareness.workshops.application.port.in.FindWorkshopsQuery;
import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the pages, against the real service and PostgreSQL: a workshop, an idea whose author consented, and the
 * idea passed on to accompaniment as {@link ProjectIdeaSurfaced} once, whatever is sent again.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@WithMockUser(roles = "COORDINATOR")
class WorkshopPagesModuleTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private FindWorkshopsQuery workshops;

    @Autowired
    private Clock clock;

    @Test
    void an_idea_noted_with_its_authors_consent_is_passed_on_once(PublishedEvents events) throws Exception {
        String theme = "Transports " + System.nanoTime();
        mvc.perform(post("/awareness/workshops").with(csrf()).locale(Locale.FRENCH)
                        .param("theme", theme).param("heldOn", today().toString())
                        .param("communeCode", "Morcenx-la-Nouvelle (40110)").param("participants", "14"))
                .andExpect(status().is3xxRedirection());
        Workshop workshop = workshops.workshops().stream().filter(w -> w.theme().equals(theme)).findFirst()
                .orElseThrow();
        assertThat(workshop.communeCode()).isEqualTo("40197");
        String page = "/awareness/workshops/" + workshop.id();

        mvc.perform(post(page + "/ideas").with(csrf()).locale(Locale.FRENCH)
                        .param("title", "Une navette vers le lycée").param("authorName", "Inès")
                        .param("authorContact", "ines@exemple.fr").param("consentGivenOn", today().toString()))
                .andExpect(status().is3xxRedirection());

        Idea idea = workshops.ideasOf(workshop.id()).get(0);
        assertThat(idea.surfaced()).isTrue();
        assertThat(events.ofType(ProjectIdeaSurfaced.class)
                .matching(event -> event.ideaId().equals(idea.id().value()))).hasSize(1);

        // The same consent sent again (a second tab, a double click) passes nothing on a second time.
        mvc.perform(post(page + "/ideas/" + idea.id() + "/consent").with(csrf()).locale(Locale.FRENCH)
                        .param("authorContact", "ines@exemple.fr").param("consentGivenOn", today().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(events.ofType(ProjectIdeaSurfaced.class)
                .matching(event -> event.ideaId().equals(idea.id().value()))).hasSize(1);

        mvc.perform(get(page).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Une navette vers le lycée"),
                        containsString("ines@exemple.fr"),
                        containsString("Transmise à l’accompagnement"))));
    }

    @Test
    void an_idea_noted_without_consent_is_passed_on_when_the_consent_is_recorded(PublishedEvents events)
            throws Exception {
        String theme = "Équipements sportifs " + System.nanoTime();
        mvc.perform(post("/awareness/workshops").with(csrf()).locale(Locale.FRENCH)
                        .param("theme", theme).param("heldOn", today().toString())
                        .param("communeCode", "40192").param("participants", "9"))
                .andExpect(status().is3xxRedirection());
        Workshop workshop = workshops.workshops().stream().filter(w -> w.theme().equals(theme)).findFirst()
                .orElseThrow();
        String page = "/awareness/workshops/" + workshop.id();
        mvc.perform(post(page + "/ideas").with(csrf()).param("title", "Un city-stade").param("authorName", "Noé")
                        .param("authorContact", "noe@exemple.fr"))
                .andExpect(status().is3xxRedirection());
        Idea idea = workshops.ideasOf(workshop.id()).get(0);
        assertThat(idea.authorContact()).as("no contact kept without consent").isNull();
        assertThat(events.ofType(ProjectIdeaSurfaced.class)
                .matching(event -> event.ideaId().equals(idea.id().value()))).isEmpty();

        mvc.perform(post(page + "/ideas/" + idea.id() + "/consent").with(csrf()).locale(Locale.FRENCH)
                        .param("authorContact", "").param("consentGivenOn", today().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("l’auteur·rice doit laisser un contact")));
        mvc.perform(post(page + "/ideas/" + idea.id() + "/consent").with(csrf())
                        .param("authorContact", "06 12 34 56 78").param("consentGivenOn", today().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(events.ofType(ProjectIdeaSurfaced.class)
                .matching(event -> event.ideaId().equals(idea.id().value()))).hasSize(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
