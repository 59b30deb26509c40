package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.funding.application.port.in.CallsForProjectsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingApplicationsUseCase.ChangeStatus;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import fr.ploucs.cooperation.funding.domain.FundedPillar;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.shared.domain.GrantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({FundingApplicationsController.class, FundingApplicationPageController.class})
@Import(CooperationWebTestConfiguration.class)
class FundingApplicationsControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private FundingApplicationsUseCase applications;
    @MockitoBean
    private FundersUseCase funders;
    @MockitoBean
    private CallsForProjectsUseCase calls;
    @MockitoBean
    private GrantsUseCase grants;

    private final FunderId landes = FunderId.newId();

    @BeforeEach
    void aKnownFunder() {
        when(funders.all()).thenReturn(List.of(new Funder(landes,
                new FunderDetails("Département des Landes", FunderKind.DEPARTEMENT, null, null, null), 0L)));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_list_filters_by_status_and_shows_amounts_and_statuses_in_french() throws Exception {
        when(applications.list(ApplicationStatus.SUBMITTED)).thenReturn(List.of(submitted(3L)));

        mvc.perform(get("/cooperation/funding/applications").param("status", "SUBMITTED").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Demandes de financement · PLOUCS</title>"),
                        containsString("1 demande"),
                        containsString("Incubateur 2026"),
                        containsString("Département des Landes"),
                        containsString("12 000,00 €"),
                        containsString("<option value=\"SUBMITTED\" selected=\"selected\">Déposée</option>"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_unknown_status_in_the_address_is_a_bad_request() throws Exception {
        mvc.perform(get("/cooperation/funding/applications").param("status", "PAID")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/funding/applications/not-a-uuid")).andExpect(status().isBadRequest());
        verifyNoInteractions(applications);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void an_amount_that_is_not_euros_is_explained_next_to_the_field_and_what_was_typed_is_kept() throws Exception {
        mvc.perform(post("/cooperation/funding/applications").with(csrf()).locale(Locale.FRENCH)
                        .param("funderId", landes.toString()).param("title", "Incubateur 2026")
                        .param("pillar", "ACCOMPANIMENT").param("amountAsked", "12 000,505"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"amountAsked-error\""),
                        containsString("Indiquez un montant positif en euros"),
                        containsString("value=\"12 000,505\""),
                        containsString("value=\"Incubateur 2026\""),
                        containsString("aria-describedby=\"amountAsked-error amountAsked-hint\""))));
        verifyNoInteractions(applications);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_new_application_is_started_with_the_amount_typed_the_french_way() throws Exception {
        FundingApplicationId id = FundingApplicationId.newId();
        when(applications.start(any())).thenReturn(id);

        mvc.perform(post("/cooperation/funding/applications").with(csrf())
                        .param("funderId", landes.toString()).param("callId", "").param("title", " Incubateur 2026 ")
                        .param("pillar", "ACCOMPANIMENT").param("amountAsked", "12 000,50"))
                .andExpect(redirectedUrl("/cooperation/funding/applications/" + id))
                .andExpect(flash().attribute("confirmation", "funding.application.started"));

        verify(applications).start(new ApplicationDetails(landes, null, "Incubateur 2026", FundedPillar.ACCOMPANIMENT,
                Money.of("12000.50")));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_page_shows_the_history_the_financing_plan_with_shares_and_the_next_steps() throws Exception {
        FundingApplication application = submitted(3L);
        application.addFinancingLine(new FinancingLine(landes, Money.of("9000"), FinancingLineStatus.CONFIRMED));
        application.addFinancingLine(new FinancingLine(null, Money.of("3000"), FinancingLineStatus.EXPECTED));
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));

        mvc.perform(get("/cooperation/funding/applications/{id}", application.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Incubateur 2026</h1>"),
                        containsString("05/01/2026"),
                        containsString("Déposée"),
                        containsString("Fonds propres"),
                        containsString("75,0 %"),
                        containsString("25,0 %"),
                        containsString("12 000,00 €"),
                        containsString("<option value=\"GRANTED\" selected=\"selected\">Accordée</option>"),
                        containsString("<option value=\"REJECTED\">Refusée</option>"),
                        not(containsString("<option value=\"DRAFTING\"")),
                        containsString("name=\"version\" value=\"3\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void granting_without_amount_nor_period_asks_for_them_and_calls_nothing() throws Exception {
        FundingApplication application = submitted(3L);
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));

        mvc.perform(post("/cooperation/funding/applications/{id}/status", application.getId().value()).with(csrf())
                        .locale(Locale.FRENCH).param("target", "GRANTED").param("date", "2026-03-01")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez le montant accordé."),
                        containsString("Indiquez le début de la période couverte par la subvention."),
                        containsString("Indiquez la fin de la période couverte par la subvention."),
                        containsString("id=\"status-form-errors\""))));
        verify(applications, org.mockito.Mockito.never()).changeStatus(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_grant_above_the_amount_asked_is_explained_next_to_the_amount() throws Exception {
        FundingApplication application = submitted(3L);
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));
        when(applications.changeStatus(any()))
                .thenThrow(new FundingRuleViolation("amountGranted", "funding.application.rule.granted-above-asked"));

        mvc.perform(granting(application, "15 000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"amountGranted-error\""),
                        containsString("Le montant accordé ne peut pas dépasser le montant demandé."),
                        containsString("value=\"15 000,00\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_granted_application_leads_to_its_new_grant() throws Exception {
        FundingApplication application = submitted(3L);
        GrantId grant = GrantId.newId();
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));
        when(applications.changeStatus(any())).thenReturn(Optional.of(grant));

        mvc.perform(granting(application, "10 000"))
                .andExpect(redirectedUrl("/cooperation/funding/grants/" + grant))
                .andExpect(flash().attribute("confirmation", "funding.application.granted"));

        ArgumentCaptor<ChangeStatus> command = ArgumentCaptor.forClass(ChangeStatus.class);
        verify(applications).changeStatus(command.capture());
        assertThat(command.getValue()).isEqualTo(new ChangeStatus(application.getId(), 3L, ApplicationStatus.GRANTED,
                LocalDate.of(2026, 3, 1), null, Money.of("10000"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_step_someone_else_overtook_says_why() throws Exception {
        FundingApplication application = submitted(3L);
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));
        when(applications.changeStatus(any())).thenThrow(new FundingChangedMeanwhile(application.getId()));

        mvc.perform(post("/cooperation/funding/applications/{id}/status", application.getId().value()).with(csrf())
                        .locale(Locale.FRENCH).param("target", "REJECTED").param("date", "2026-03-01")
                        .param("comment", "budget clos").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié cette fiche"),
                        containsString(">budget clos</textarea>"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_rejection_without_reason_is_refused() throws Exception {
        FundingApplication application = submitted(3L);
        when(applications.byId(application.getId())).thenReturn(Optional.of(application));

        mvc.perform(post("/cooperation/funding/applications/{id}/status", application.getId().value()).with(csrf())
                        .locale(Locale.FRENCH).param("target", "REJECTED").param("date", "2026-03-01")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"comment-error\""),
                        containsString("Indiquez le motif du refus."))));
        verify(applications, org.mockito.Mockito.never()).changeStatus(any());
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_do_not_see_funding() throws Exception {
        mvc.perform(get("/cooperation/funding/applications")).andExpect(status().isForbidden());
        verifyNoInteractions(applications);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder granting(
            FundingApplication application, String amount) {
        return post("/cooperation/funding/applications/{id}/status", application.getId().value()).with(csrf())
                .locale(Locale.FRENCH).param("target", "GRANTED").param("date", "2026-03-01")
                .param("amountGranted", amount).param("grantStartsOn", "2026-01-01")
                .param("grantEndsOn", "2026-12-31").param("version", "3");
    }

    private FundingApplication submitted(long version) {
        FundingApplication application = FundingApplication.start(FundingApplicationId.newId(),
                new ApplicationDetails(landes, null, "Incubateur 2026", FundedPillar.ACCOMPANIMENT,
                        Money.of("12000")), LocalDate.of(2026, 1, 5));
        application.advance(ApplicationStatus.SUBMITTED, LocalDate.of(2026, 2, 1), null);
        return new FundingApplication(application.getId(), application.getDetails(), application.getStatus(),
                application.getHistory(), application.getSubmittedOn(), null, null, null, version);
    }
}
