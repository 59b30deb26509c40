package fr.ploucs.cooperation.funding.adapter.in.web;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase.DueReport;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase.ReportsDue;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

@WebMvcTest(GrantsController.class)
@Import(CooperationWebTestConfiguration.class)
class GrantsControllerTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private GrantsUseCase grants;
    @MockitoBean
    private FundersUseCase funders;

    private final FunderId landes = FunderId.newId();
    private Grant grant;

    @BeforeEach
    void aGrantOfTheDepartement() {
        when(funders.all()).thenReturn(List.of(new Funder(landes,
                new FunderDetails("Département des Landes", FunderKind.DEPARTEMENT, null, null, null), 0L)));
        grant = new Grant(GrantId.newId(), FundingApplicationId.newId(), landes, "Incubateur 2026",
                Money.of("10000"), START, START.plusYears(1).minusDays(1), List.of(), List.of(), 4L);
        grant.addEarmark(Earmark.coachingHours(Money.of("45"), new BigDecimal("40")));
        when(grants.byId(grant.getId())).thenReturn(Optional.of(grant));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_grant_page_shows_its_amount_period_earmarks_and_what_is_left() throws Exception {
        mvc.perform(get("/cooperation/funding/grants/{id}", grant.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Subvention : Incubateur 2026</h1>"),
                        containsString("Département des Landes"),
                        containsString("10 000,00 €"),
                        containsString("du 01/01/2026 au 31/12/2026"),
                        containsString("Heures d’accompagnement"),
                        containsString("40,00 h à 45,00 € de l’heure"),
                        containsString("1 800,00 €"),
                        containsString("8 200,00 €"),
                        containsString("name=\"version\" value=\"4\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coaching_hours_without_their_hours_are_asked_for_and_nothing_is_stored() throws Exception {
        mvc.perform(post("/cooperation/funding/grants/{id}/earmarks", grant.getId().value()).with(csrf())
                        .locale(Locale.FRENCH).param("kind", "COACHING_HOURS").param("hourlyRate", "45,00")
                        .param("hours", "").param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"hours-error\""),
                        containsString("Indiquez le nombre d’heures d’accompagnement."),
                        containsString("value=\"45,00\""))));
        verify(grants, never()).addEarmark(any(), any(), any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void earmarks_above_the_grant_are_refused_in_french() throws Exception {
        doThrow(new FundingRuleViolation("funding.grant.rule.earmarks-exceed-amount"))
                .when(grants).addEarmark(any(), any(), any());

        mvc.perform(post("/cooperation/funding/grants/{id}/earmarks", grant.getId().value()).with(csrf())
                        .locale(Locale.FRENCH).param("kind", "RUNNING_COSTS").param("amount", "9 000")
                        .param("version", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"earmark-form-errors\""),
                        containsString("Les fléchages ne peuvent pas dépasser le montant de la subvention"),
                        containsString("value=\"9 000,00\""))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coaching_hours_are_earmarked_as_rate_times_hours_with_the_version_seen() throws Exception {
        mvc.perform(post("/cooperation/funding/grants/{id}/earmarks", grant.getId().value()).with(csrf())
                        .param("kind", "COACHING_HOURS").param("hourlyRate", "45,00").param("hours", "40")
                        .param("amount", "").param("version", "4"))
                .andExpect(redirectedUrl("/cooperation/funding/grants/" + grant.getId()));

        verify(grants).addEarmark(eq(grant.getId()), eq(4L),
                eq(Earmark.coachingHours(Money.of("45.00"), new BigDecimal("40"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_report_done_is_recorded_with_its_date() throws Exception {
        ReportDeadline report = grant.addReportDeadline(ReportKind.INTERIM, LocalDate.of(2026, 6, 30));

        mvc.perform(post("/cooperation/funding/grants/{id}/reports/{report}/done", grant.getId().value(), report.id())
                        .with(csrf()).param("doneOn", "2026-06-28").param("version", "4"))
                .andExpect(redirectedUrl("/cooperation/funding/grants/" + grant.getId()));

        verify(grants).recordReportDone(grant.getId(), 4L, report.id(), LocalDate.of(2026, 6, 28));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_reports_due_page_lists_the_overdue_and_the_upcoming_ones() throws Exception {
        LocalDate today = LocalDate.of(2026, 6, 1);
        ReportDeadline late = grant.addReportDeadline(ReportKind.INTERIM, today.minusDays(3));
        ReportDeadline soon = grant.addReportDeadline(ReportKind.FINAL, today.plusDays(12));
        when(grants.reportsDue()).thenReturn(new ReportsDue(30, today, List.of(new DueReport(grant, late, -3)),
                List.of(new DueReport(grant, soon, 12))));

        mvc.perform(get("/cooperation/funding/reports").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Comptes rendus dus"),
                        containsString("dans les 30 prochains jours"),
                        containsString("29/05/2026"),
                        containsString("en retard de 3 jours"),
                        containsString("13/06/2026"),
                        containsString("dans 12 jours"),
                        containsString("Compte rendu final"),
                        containsString("Département des Landes"))));
    }
}
