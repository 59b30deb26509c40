package fr.ploucs.cooperation.funding.application;

import fr.ploucs.sharedkernel.Money;

import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase.ReportsDue;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.application.port.out.GrantRepository;
import fr.ploucs.cooperation.funding.application.port.out.ReportReminderLog;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FunderKind;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.FundingRuleViolation;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import fr.ploucs.cooperation.funding.domain.ReportKind;
import fr.ploucs.sharedkernel.events.GrantEarmarkAdded;
import fr.ploucs.sharedkernel.events.ReportDeadlineApproaching;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class GrantLedgerTest {

    private static final Instant NOW = Instant.parse("2026-06-01T05:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Mock
    private GrantRepository grants;
    @Mock
    private FunderRepository funders;
    @Mock
    private ReportReminderLog reminders;
    @Mock
    private ApplicationEventPublisher events;

    private GrantLedger ledger;
    private final FunderId region = FunderId.newId();

    @BeforeEach
    void aLedgerRemindingThirtyDaysAhead() {
        ledger = new GrantLedger(grants, funders, reminders, events, Clock.fixed(NOW, ZoneId.of("Europe/Paris")), 30);
        lenient().when(funders.findById(region)).thenReturn(Optional.of(new Funder(region,
                new FunderDetails("Région Nouvelle-Aquitaine", FunderKind.REGION, null, null, null), 0L)));
    }

    @Test
    void each_report_not_done_is_reminded_at_the_nearest_threshold_it_reached() {
        Grant grant = grant();
        ReportDeadline inTwentyDays = grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(20));
        ReportDeadline inThreeDays = grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(3));
        ReportDeadline overdue = grant.addReportDeadline(ReportKind.FINAL, TODAY.minusDays(2));
        grant.addReportDeadline(ReportKind.FINAL, TODAY.plusDays(31));
        ReportDeadline done = grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(1));
        grant.recordReportDone(done.id(), TODAY);
        when(grants.findWithReportsNotDone()).thenReturn(List.of(grant));
        when(reminders.recordFirstReminder(any(), anyInt(), eq(NOW))).thenReturn(true);

        int sent = ledger.remindDueReports();

        assertThat(sent).isEqualTo(3);
        verify(reminders).recordFirstReminder(inTwentyDays.id(), 30, NOW);
        verify(reminders).recordFirstReminder(inThreeDays.id(), 7, NOW);
        verify(reminders).recordFirstReminder(overdue.id(), 0, NOW);
        verify(reminders, times(3)).recordFirstReminder(any(), anyInt(), any());
        ArgumentCaptor<ReportDeadlineApproaching> event = ArgumentCaptor.forClass(ReportDeadlineApproaching.class);
        verify(events, times(3)).publishEvent(event.capture());
        assertThat(event.getAllValues()).extracting(ReportDeadlineApproaching::dueOn)
                .containsExactlyInAnyOrder(TODAY.plusDays(20), TODAY.plusDays(3), TODAY.minusDays(2));
        assertThat(event.getAllValues()).allSatisfy(reminder -> {
            assertThat(reminder.grantId()).isEqualTo(grant.getId().value());
            assertThat(reminder.funderName()).isEqualTo("Région Nouvelle-Aquitaine");
        });
    }

    @Test
    void a_reminder_already_recorded_is_not_published_again() {
        Grant grant = grant();
        grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(3));
        when(grants.findWithReportsNotDone()).thenReturn(List.of(grant));
        when(reminders.recordFirstReminder(any(), anyInt(), any())).thenReturn(false);

        assertThat(ledger.remindDueReports()).isZero();

        verifyNoInteractions(events);
    }

    @Test
    void the_reports_due_page_lists_the_overdue_ones_and_those_within_the_configured_days() {
        Grant grant = grant();
        ReportDeadline overdue = grant.addReportDeadline(ReportKind.INTERIM, TODAY.minusDays(1));
        ReportDeadline soon = grant.addReportDeadline(ReportKind.INTERIM, TODAY.plusDays(30));
        grant.addReportDeadline(ReportKind.FINAL, TODAY.plusDays(31));
        when(grants.findWithReportsNotDone()).thenReturn(List.of(grant));

        ReportsDue due = ledger.reportsDue();

        assertThat(due.withinDays()).isEqualTo(30);
        assertThat(due.overdue()).extracting(d -> d.report().id()).containsExactly(overdue.id());
        assertThat(due.overdue().get(0).daysLeft()).isEqualTo(-1);
        assertThat(due.upcoming()).extracting(d -> d.report().id()).containsExactly(soon.id());
    }

    @Test
    void an_earmark_is_stored_and_published_for_the_earmarked_pillar() {
        Grant grant = stored(grant(), 2L);
        when(grants.findById(grant.getId())).thenReturn(Optional.of(grant));
        when(grants.save(any())).thenAnswer(invocation -> stored(invocation.getArgument(0), 3L));

        ledger.addEarmark(grant.getId(), 2L, Earmark.coachingHours(Money.of("45"), new BigDecimal("40")));

        ArgumentCaptor<GrantEarmarkAdded> event = ArgumentCaptor.forClass(GrantEarmarkAdded.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().earmark().kind()).isEqualTo("COACHING_HOURS");
        assertThat(event.getValue().earmark().amount()).isEqualByComparingTo("1800");
        assertThat(event.getValue().funderName()).isEqualTo("Région Nouvelle-Aquitaine");
    }

    @Test
    void an_earmark_above_the_grant_or_on_an_old_version_is_refused_and_nothing_saved() {
        Grant grant = stored(grant(), 2L);
        when(grants.findById(grant.getId())).thenReturn(Optional.of(grant));

        assertThatExceptionOfType(FundingRuleViolation.class).isThrownBy(() -> ledger.addEarmark(grant.getId(), 2L,
                Earmark.coachingHours(Money.of("45"), new BigDecimal("200"))));
        assertThatExceptionOfType(FundingChangedMeanwhile.class).isThrownBy(() -> ledger.addReportDeadline(
                grant.getId(), 1L, ReportKind.FINAL, TODAY));
        verify(grants, never()).save(any());
        verifyNoInteractions(events);
    }

    private Grant grant() {
        return new Grant(GrantId.newId(), FundingApplicationId.newId(), region, "CJS 2026", Money.of("8000"),
                TODAY.minusMonths(3), TODAY.plusMonths(9), List.of(), List.of(), 0L);
    }

    private static Grant stored(Grant g, long version) {
        return new Grant(g.getId(), g.getApplicationId(), g.getFunderId(), g.getTitle(), g.getAmount(), g.getStartsOn(),
                g.getEndsOn(), g.getEarmarks(), g.getReports(), version);
    }

}
