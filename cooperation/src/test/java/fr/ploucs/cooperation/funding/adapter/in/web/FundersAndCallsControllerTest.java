package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase.ListedCall;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({FundersController.class, CallsForProjectsController.class})
@Import(CooperationWebTestConfiguration.class)
class FundersAndCallsControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FundersUseCase funders;
    @MockitoBean
    private CallsForProjectsUseCase calls;

    private final FunderId landes = FunderId.newId();

    @BeforeEach
    void aKnownFunder() {
        when(funders.all()).thenReturn(List.of(new Funder(landes, new FunderDetails("Département des Landes",
                FunderKind.DEPARTEMENT, "Claire Labat", "claire@landes.fr", null), 2L)));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void funders_are_listed_with_their_kind_in_french() throws Exception {
        mvc.perform(get("/cooperation/funding/funders").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 financeur"),
                        containsString("Département des Landes"), containsString("<td>Département</td>"),
                        containsString("mailto:claire@landes.fr"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_funder_with_an_invalid_email_is_refused_next_to_the_field() throws Exception {
        mvc.perform(post("/cooperation/funding/funders").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Fondation de France").param("kind", "FOUNDATION")
                        .param("contactEmail", "pas-un-courriel"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"contactEmail-error\""),
                        containsString("Ce courriel n’est pas valide"),
                        containsString("value=\"pas-un-courriel\""))));
        verify(funders, org.mockito.Mockito.never()).record(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_stale_funder_update_keeps_what_was_typed_and_says_why() throws Exception {
        doThrow(new FundingChangedMeanwhile(landes)).when(funders).update(eq(landes), eq(1L), any());

        mvc.perform(post("/cooperation/funding/funders/{id}", landes.value()).with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Conseil general des Landes").param("kind", "DEPARTEMENT")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quelqu’un d’autre a modifié cette fiche"),
                        containsString("value=\"Conseil general des Landes\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void calls_come_nearest_deadline_first_and_overdue_ones_are_marked() throws Exception {
        CallForProjects open = call("Appel ESS 2026", LocalDate.of(2026, 5, 1));
        CallForProjects closed = call("Appel LEADER 2025", LocalDate.of(2025, 12, 1));
        when(calls.byDeadline()).thenReturn(List.of(new ListedCall(open, false, 12),
                new ListedCall(closed, true, -139)));

        String page = mvc.perform(get("/cooperation/funding/calls").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("01/05/2026"), containsString("dans 12 jours"),
                        containsString("Échu"), containsString("class=\"overdue\""),
                        containsString("Préparer une demande"))))
                .andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(page.indexOf("Appel ESS 2026"))
                .isLessThan(page.indexOf("Appel LEADER 2025"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_deadline_before_the_opening_and_a_link_that_is_not_web_are_refused() throws Exception {
        mvc.perform(post("/cooperation/funding/calls").with(csrf()).locale(Locale.FRENCH)
                        .param("funderId", landes.toString()).param("title", "Appel ESS")
                        .param("link", "ftp://landes.fr").param("opensOn", "2026-03-01")
                        .param("deadline", "2026-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("La date limite ne peut pas précéder la date d’ouverture."),
                        containsString("Ce lien n’est pas valide"),
                        containsString("value=\"ftp://landes.fr\""))));
        verifyNoInteractions(calls);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_call_is_published_for_its_funder() throws Exception {
        mvc.perform(post("/cooperation/funding/calls").with(csrf())
                        .param("funderId", landes.toString()).param("title", " Appel ESS ")
                        .param("link", "https://www.landes.fr/aap").param("opensOn", "")
                        .param("deadline", "2026-05-01").param("description", ""))
                .andExpect(redirectedUrl("/cooperation/funding/calls"));

        verify(calls).publish(new CallDetails(landes, "Appel ESS", "https://www.landes.fr/aap", null,
                LocalDate.of(2026, 5, 1), null));
    }

    private CallForProjects call(String title, LocalDate deadline) {
        return new CallForProjects(CallForProjectsId.newId(), new CallDetails(landes, title, null, null, deadline, null), 0L);
    }
}
