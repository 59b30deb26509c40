package fr.ploucs.awareness.tools.adapter.in.web;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.tools.application.port.in.FindToolsQuery;
import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery;
import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery.ToolUse;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase.Lend;
import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.EducationalTool;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.awareness.tools.domain.ToolRuleViolation;
import fr.ploucs.sharedkernel.MemberId;
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
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ToolsController.class)
@Import(ToolsControllerTest.TestSetup.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class ToolsControllerTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    private static final ToolId GAME = ToolId.newId();
    private static final CopyId BOX_1 = CopyId.newId();
    private static final CopyId BOX_2 = CopyId.newId();
    private static final MemberId ATELIER = MemberId.newId();

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ToolsUseCase tools;
    @MockitoBean
    private FindToolsQuery find;
    @MockitoBean
    private ToolUsesQuery uses;
    @MockitoBean
    private ListFacilitatingMembersUseCase members;

    @BeforeEach
    void catalogue() {
        when(find.catalogue()).thenReturn(List.of(new ToolOverview(new EducationalTool(GAME, "Jeu de rôle de l’ESS",
                "Un jeu pour vivre une coopérative"), 2, 1)));
        when(find.copiesOf(GAME)).thenReturn(List.of(
                new Copy(BOX_1, GAME, "Boîte n° 1", new Copy.Loan(UUID.randomUUID(), ATELIER, "L’Atelier",
                        "Camille Dupin", "camille@atelier.fr", LocalDate.of(2026, 10, 2))),
                new Copy(BOX_2, GAME, "Boîte n° 2", null)));
        when(members.list(ListFacilitatingMembersQuery.activeOnly())).thenReturn(List.of(
                new FacilitatingMemberSummary(ATELIER, "L’Atelier", "Morcenx-la-Nouvelle", true,
                        LocalDate.of(2024, 3, 12), null, null)));
    }

    @Test
    void the_catalogue_lists_each_tool_with_its_copies_available() throws Exception {
        mvc.perform(get("/awareness/tools").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Outils pédagogiques</h1>"),
                        containsString("Jeu de rôle de l’ESS"), containsString("Un jeu pour vivre une coopérative"),
                        containsString("Ajouter un outil"))));
    }

    @Test
    void a_tool_shows_who_keeps_its_copies_and_the_sessions_it_served() throws Exception {
        UUID session = UUID.randomUUID();
        when(uses.sessionsUsing("Jeu de rôle de l’ESS")).thenReturn(List.of(new ToolUse(session, "Forum des métiers",
                LocalDate.of(2026, 3, 12), 28)));

        mvc.perform(get("/awareness/tools/" + GAME).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Chez Camille Dupin (L’Atelier) depuis le 02/10/2026"),
                        containsString("Disponible"),
                        containsString("Prêter un exemplaire"),
                        containsString("Enregistrer un retour"),
                        containsString("/awareness/sessions/" + session),
                        containsString("le 12/03/2026, 28 participant·es"))));
    }

    @Test
    void lending_and_giving_back_reach_the_use_case_and_refusals_show_in_french() throws Exception {
        mvc.perform(post("/awareness/tools/" + GAME + "/loans").with(csrf()).param("copyId", BOX_2.toString())
                        .param("memberId", ATELIER.toString()).param("personName", "Lou")
                        .param("personEmail", "lou@atelier.fr").param("lentOn", "2026-11-20"))
                .andExpect(redirectedUrl("/awareness/tools/" + GAME + "#copies-title"));
        verify(tools).lend(new Lend(BOX_2, ATELIER, "Lou", "lou@atelier.fr", LocalDate.of(2026, 11, 20)));

        doThrow(new ToolRuleViolation("lentOn", "awareness.tool.loan.lent-on.future")).when(tools).lend(any());
        mvc.perform(post("/awareness/tools/" + GAME + "/loans").with(csrf()).param("copyId", BOX_2.toString())
                        .param("memberId", ATELIER.toString()).param("personName", "Lou")
                        .param("personEmail", "lou@atelier.fr").param("lentOn", "2026-12-20").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date du prêt ne peut pas être future.")));

        mvc.perform(post("/awareness/tools/" + GAME + "/loans").with(csrf()).param("copyId", BOX_2.toString())
                        .param("memberId", ATELIER.toString()).param("lentOn", "1899-01-01").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date doit être postérieure à l’an 2000.")));

        mvc.perform(post("/awareness/tools/" + GAME + "/returns").with(csrf()).param("copyId", BOX_1.toString())
                        .param("returnedOn", "pas une date").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez une date valide")));

        mvc.perform(post("/awareness/tools/" + GAME + "/returns").with(csrf()).param("copyId", BOX_1.toString())
                        .param("returnedOn", "2026-11-25"))
                .andExpect(redirectedUrl("/awareness/tools/" + GAME + "#copies-title"));
        verify(tools).giveBack(BOX_1, LocalDate.of(2026, 11, 25));
    }

    @Test
    void unknown_tools_and_copies_are_not_found_and_names_are_unique() throws Exception {
        mvc.perform(get("/awareness/tools/n-importe-quoi")).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/tools/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(post("/awareness/tools/" + GAME + "/returns").with(csrf()).param("copyId", UUID.randomUUID().toString())
                .param("returnedOn", "2026-11-25")).andExpect(status().isNotFound());

        mvc.perform(post("/awareness/tools").with(csrf()).param("name", " jeu de rôle de l’ess ").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un outil porte déjà ce nom.")));
        verify(tools, never()).addTool(any(), any());
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get("/awareness/tools")).andExpect(status().isForbidden());
    }
}
