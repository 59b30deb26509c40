package fr.ploucs.awareness.workshops.adapter.in.web;

import fr.ploucs.awareness.workshops.application.port.in.FindWorkshopsQuery;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.Consent;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase.RecordWorkshop;
import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import fr.ploucs.awareness.workshops.domain.WorkshopRuleViolation;
import fr.ploucs.sharedkernel.territory.ClasspathTerritoryReference;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.TerritoryDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(WorkshopsController.class)
@Import(WorkshopsControllerTest.TestSetup.class)
@WithMockUser(roles = "COORDINATOR")
class WorkshopsControllerTest {

    /** Monday 7 December 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final WorkshopId WORKSHOP = new WorkshopId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final IdeaId IDEA = new IdeaId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }

        @Bean
        FindTerritoryQuery territory() {
            return new TerritoryDirectory(ClasspathTerritoryReference.france());
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private WorkshopsUseCase workshops;

    @MockitoBean
    private FindWorkshopsQuery query;

    private final Workshop mobility = new Workshop(WORKSHOP, "Mobilité", LocalDate.of(2026, 11, 20), "40197", 18);

    @BeforeEach
    void oneWorkshop() {
        lenient().when(query.workshops()).thenReturn(List.of(mobility));
        lenient().when(query.workshop(WORKSHOP)).thenReturn(Optional.of(mobility));
        lenient().when(query.ideasOf(WORKSHOP)).thenReturn(List.of(
                new Idea(IDEA, WORKSHOP, "Un skatepark", null, "Noé", null, null, false),
                new Idea(IdeaId.newId(), WORKSHOP, "Un vélobus", "Pour aller au lycée", "Inès", "ines@exemple.fr",
                        LocalDate.of(2026, 11, 20), true)));
    }

    @Test
    void the_list_shows_each_workshop_with_its_commune_named() throws Exception {
        mvc.perform(get("/awareness/workshops").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Ateliers jeunes</h1>"),
                        containsString("href=\"/awareness/workshops/" + WORKSHOP + "\">Mobilité</a>"),
                        containsString("20/11/2026"),
                        containsString("Morcenx-la-Nouvelle (40110)"),
                        containsString("href=\"/awareness/workshops/new\""))));
    }

    @Test
    void recording_a_workshop_reads_the_commune_from_the_picker() throws Exception {
        when(workshops.record(any())).thenReturn(WORKSHOP);

        mvc.perform(post("/awareness/workshops").with(csrf()).locale(Locale.FRENCH)
                        .param("theme", "Équipements sportifs").param("heldOn", "2026-11-20")
                        .param("communeCode", "Morcenx-la-Nouvelle (40110)").param("participants", "18"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/workshops/" + WORKSHOP));
        verify(workshops).record(new RecordWorkshop("Équipements sportifs", LocalDate.of(2026, 11, 20), "40197", 18));
    }

    @Test
    void an_unknown_commune_or_a_participants_count_that_is_not_a_number_is_refused_in_french() throws Exception {
        mvc.perform(post("/awareness/workshops").with(csrf()).locale(Locale.FRENCH)
                        .param("theme", "Mobilité").param("heldOn", "2026-11-20")
                        .param("communeCode", "Atlantide").param("participants", "beaucoup"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("« Atlantide » ne correspond à aucune commune"),
                        containsString("Indiquez un nombre entier de participant·es, entre 0 et 10 000."))));
        verifyNoInteractions(workshops);
    }

    @Test
    void a_rule_of_the_domain_lands_next_to_its_field() throws Exception {
        when(workshops.record(any())).thenThrow(new WorkshopRuleViolation("heldOn",
                "awareness.workshop.held-on.range"));

        mvc.perform(post("/awareness/workshops").with(csrf()).locale(Locale.FRENCH)
                        .param("theme", "Mobilité").param("heldOn", "2027-01-01")
                        .param("communeCode", "40197").param("participants", "18"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"heldOn-error\""),
                        containsString("sa date ne peut être ni future ni antérieure à l’an 2000"))));
    }

    @Test
    void huge_text_is_refused_without_reaching_the_use_case() throws Exception {
        mvc.perform(post("/awareness/workshops/" + WORKSHOP + "/ideas").with(csrf()).locale(Locale.FRENCH)
                        .param("title", "x".repeat(5000)).param("authorName", "Noé"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce texte est trop long.")));
        verifyNoInteractions(workshops);
    }

    @Test
    void the_workshop_page_shows_its_ideas_and_which_were_passed_on() throws Exception {
        mvc.perform(get("/awareness/workshops/" + WORKSHOP).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Atelier « Mobilité »</h1>"),
                        containsString("Un skatepark"),
                        containsString("Pas d’accord enregistré"),
                        containsString("href=\"/awareness/workshops/" + WORKSHOP + "/ideas/" + IDEA + "/consent\""),
                        containsString("Le 20/11/2026 : ines@exemple.fr"),
                        containsString("Transmise à l’accompagnement"),
                        containsString("id=\"idea-form\""))));
    }

    @Test
    void consenting_later_passes_the_idea_on() throws Exception {
        mvc.perform(get("/awareness/workshops/" + WORKSHOP + "/ideas/" + IDEA + "/consent").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’idée « Un skatepark » de Noé")));

        mvc.perform(post("/awareness/workshops/" + WORKSHOP + "/ideas/" + IDEA + "/consent").with(csrf())
                        .param("authorContact", "noe@exemple.fr").param("consentGivenOn", "2026-12-01"))
                .andExpect(status().is3xxRedirection());
        verify(workshops).consent(new Consent(IDEA, "noe@exemple.fr", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void a_consent_without_contact_is_refused_next_to_the_contact() throws Exception {
        org.mockito.Mockito.doThrow(new WorkshopRuleViolation("authorContact",
                "awareness.workshop.idea.contact.required")).when(workshops).consent(any());

        mvc.perform(post("/awareness/workshops/" + WORKSHOP + "/ideas/" + IDEA + "/consent").with(csrf())
                        .locale(Locale.FRENCH).param("authorContact", "").param("consentGivenOn", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"authorContact-error\""),
                        containsString("l’auteur·rice doit laisser un contact"))));
    }

    @Test
    void unknown_or_malformed_ids_and_an_idea_of_another_workshop_are_not_found() throws Exception {
        mvc.perform(get("/awareness/workshops/pas-un-id")).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/workshops/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/workshops/" + WORKSHOP + "/ideas/" + UUID.randomUUID() + "/consent"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/awareness/workshops/" + WORKSHOP + "/ideas/x/consent").with(csrf())
                        .param("authorContact", "a@b.fr").param("consentGivenOn", "2026-12-01"))
                .andExpect(status().isNotFound());
        verifyNoInteractions(workshops);
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void only_coordinators_use_the_workshops() throws Exception {
        mvc.perform(get("/awareness/workshops")).andExpect(status().isForbidden());
        mvc.perform(post("/awareness/workshops").with(csrf()).param("theme", "x")).andExpect(status().isForbidden());
        verifyNoInteractions(workshops);
    }

    @Test
    void an_idea_without_title_is_refused_by_the_domain_and_shown_on_the_workshop_page() throws Exception {
        when(workshops.noteIdea(any())).thenThrow(new WorkshopRuleViolation("title",
                "awareness.workshop.idea.title.required"));

        mvc.perform(post("/awareness/workshops/" + WORKSHOP + "/ideas").with(csrf()).locale(Locale.FRENCH)
                        .param("title", " ").param("authorName", "Noé"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Atelier « Mobilité »</h1>"),
                        containsString("Indiquez l’idée en quelques mots."),
                        not(containsString("Whitelabel")))));
    }
}
