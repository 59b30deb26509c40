package fr.ploucs.cooperation.payments.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.members.adapter.in.web.MemberPageParts;
import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery.Statement;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery.StatementLine;
import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery.StatementSummary;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.payments.domain.CoachingCharge;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
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
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CoachingPaymentsController.class)
@Import({CooperationWebTestConfiguration.class, MemberPageParts.class})
class CoachingPaymentsControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PaymentStatementQuery statements;
    @MockitoBean
    FindMembersQuery members;

    @MockitoBean
    DuesOverviewQuery dues;
    @MockitoBean
    EngagementQuery engagement;
    @MockitoBean
    PeopleQuery people;

    private final MemberId memberId = MemberId.newId();
    private final LocalDate from = LocalDate.of(2026, 1, 1);
    private final LocalDate to = LocalDate.of(2026, 12, 31);

    @BeforeEach
    void aMember() {
        when(members.byId(memberId)).thenReturn(Optional.of(Member.register(memberId, new MemberDetails("La Ruche",
                LegalForm.SCOP, null, "Morcenx", new Representative("Lou", "lou@x.org", null)), from)));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_statement_shows_hours_rate_amount_and_flags_what_no_grant_covers() throws Exception {
        GrantId grant = GrantId.newId();
        when(statements.statementOf(memberId, from, to)).thenReturn(new Statement(memberId, "La Ruche", from, to, List.of(
                new StatementLine(charge("3.5", grant, "45.00", "Ferme partagée de Sabres"),
                        "Département des Landes — Accompagnement 2026"),
                new StatementLine(charge("2", null, null, "Épicerie solidaire"), null))));

        mvc.perform(get("/cooperation/payments/{id}", memberId.value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Relevé de La Ruche"),
                        containsString("du 01/01/2026 au 31/12/2026"),
                        containsString("Département des Landes — Accompagnement 2026"),
                        containsString("Ferme partagée de Sabres"),
                        containsString("45,00 €"),
                        containsString("157,50 €"),
                        containsString("Heures hors enveloppe : 2,00 h"),
                        containsString("Épicerie solidaire"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_overview_lists_each_member_for_the_period_given_even_backwards() throws Exception {
        when(statements.statements(from, to)).thenReturn(List.of(new StatementSummary(memberId, "La Ruche",
                new BigDecimal("3.5"), Money.of("157.50"), new BigDecimal("2"))));

        mvc.perform(get("/cooperation/payments").param("from", "2026-12-31").param("to", "2026-01-01")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("La Ruche"), containsString("157,50 €"),
                        containsString("2,00 h ⚠"), containsString("remise dans l’ordre"))));
        verify(statements).statements(from, to);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_wrong_date_gets_the_error_page_not_a_failure() throws Exception {
        mvc.perform(get("/cooperation/payments").param("from", "hier")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_do_not_see_the_statements() throws Exception {
        mvc.perform(get("/cooperation/payments")).andExpect(status().isForbidden());
    }

    private CoachingCharge charge(String hours, GrantId grant, String rate, String project) {
        return new CoachingCharge(UUID.randomUUID(), UUID.randomUUID(), memberId, LocalDate.of(2026, 3, 4), project,
                new BigDecimal(hours), grant, rate == null ? null : Money.of(rate));
    }
}
