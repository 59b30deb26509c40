package fr.ploucs.cooperation.dues.application;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.MemberDues;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.CorrectDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.DeleteDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.RecordDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.dues.application.port.out.DuesPaymentRepository;
import fr.ploucs.cooperation.dues.application.port.out.DuesReminderLog;
import fr.ploucs.cooperation.dues.application.port.out.DuesSettingsRepository;
import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesRuleViolation;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.domain.LegalForm;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.events.DuesPaid;
import fr.ploucs.sharedkernel.MemberId;
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
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class DuesLedgerTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final DuesSettings SETTINGS_2026 =
            new DuesSettings(2026, Money.of("120"), LocalDate.of(2026, 6, 12), 30, 2L);

    @Mock
    private DuesSettingsRepository settings;
    @Mock
    private DuesPaymentRepository payments;
    @Mock
    private DuesReminderLog reminders;
    @Mock
    private MemberDirectoryQuery members;
    @Mock
    private ApplicationEventPublisher events;

    private DuesLedger ledger;
    private final Member jardins = member("Les Jardins du Marsan", MembershipStatus.ACTIVE);
    private final Member recyclerie = member("Recyclerie des Landes", MembershipStatus.ACTIVE);

    @BeforeEach
    void aLedgerAtAFixedTime() {
        ledger = new DuesLedger(settings, payments, reminders, members, events, Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        lenient().when(payments.save(any())).thenAnswer(invocation -> {
            DuesPayment payment = invocation.getArgument(0);
            return new DuesPayment(payment.getId(), payment.getMemberId(), payment.getYear(), payment.getAmount(),
                    payment.getPaidOn(), payment.getMeans(), payment.getReference(),
                    payment.getVersion() == null ? 0L : payment.getVersion() + 1);
        });
    }

    @Test
    void first_settings_of_a_year_are_created_from_nothing() {
        when(settings.findByYear(2027)).thenReturn(Optional.empty());
        when(settings.save(any())).thenAnswer(invocation -> invocation.getArgument(0));

        DuesSettings saved = ledger.save(new SaveDuesSettings(2027, null, new BigDecimal("130"), null, 30));

        assertThat(saved.getAmount()).isEqualTo(Money.of("130.00"));
        assertThat(saved.getVersion()).isNull();
    }

    @Test
    void settings_saved_by_someone_else_since_are_not_overwritten() {
        when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));

        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() ->
                ledger.save(new SaveDuesSettings(2026, 1L, new BigDecimal("150"), null, 30)));
        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() ->
                ledger.save(new SaveDuesSettings(2026, null, new BigDecimal("150"), null, 30)));
        verify(settings, never()).save(any());
    }

    @Test
    void recording_a_payment_stores_it_and_publishes_that_dues_were_paid() {
        when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));
        when(members.entryOf(jardins.getId())).thenReturn(Optional.of(entry(jardins)));

        DuesPaymentId id = ledger.record(new RecordDuesPayment(jardins.getId(), 2026, new BigDecimal("60"), TODAY,
                PaymentMeans.CHEQUE, "chèque 1234"));

        ArgumentCaptor<DuesPayment> saved = ArgumentCaptor.forClass(DuesPayment.class);
        verify(payments).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        assertThat(saved.getValue().getVersion()).isNull();
        ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(published.capture());
        DuesPaid paid = (DuesPaid) published.getValue();
        assertThat(paid.memberId()).isEqualTo(jardins.getId());
        assertThat(paid.memberName()).isEqualTo("Les Jardins du Marsan");
        assertThat(paid.year()).isEqualTo(2026);
        assertThat(paid.amount()).isEqualTo(new BigDecimal("60.00"));
        assertThat(paid.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void no_payment_before_the_year_has_an_amount_nor_from_a_member_who_left() {
        when(settings.findByYear(2027)).thenReturn(Optional.empty());
        assertThatExceptionOfType(DuesRuleViolation.class).isThrownBy(() -> ledger.record(new RecordDuesPayment(
                        jardins.getId(), 2027, BigDecimal.TEN, TODAY, PaymentMeans.CASH, null)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("dues.settings.missing"));

        Member gone = member("Partie", MembershipStatus.LEFT);
        when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));
        when(members.entryOf(gone.getId())).thenReturn(Optional.of(entry(gone)));
        assertThatExceptionOfType(DuesRuleViolation.class).isThrownBy(() -> ledger.record(new RecordDuesPayment(
                        gone.getId(), 2026, BigDecimal.TEN, TODAY, PaymentMeans.CASH, null)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo("dues.payment.member-not-active"));

        verify(payments, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_correction_or_deletion_based_on_an_old_version_is_refused() {
        DuesPayment stored = new DuesPayment(DuesPaymentId.newId(), jardins.getId(), 2026, Money.euros(10), TODAY,
                PaymentMeans.CASH, null, 3L);
        when(payments.findById(stored.getId())).thenReturn(Optional.of(stored));

        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() -> ledger.correct(new CorrectDuesPayment(
                stored.getId(), 2L, BigDecimal.ONE, TODAY, PaymentMeans.CASH, null)));
        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() ->
                ledger.delete(new DeleteDuesPayment(stored.getId(), 2L)));

        ledger.correct(new CorrectDuesPayment(stored.getId(), 3L, new BigDecimal("20"), TODAY, PaymentMeans.CARD, "t"));
        ArgumentCaptor<DuesPayment> saved = ArgumentCaptor.forClass(DuesPayment.class);
        verify(payments).save(saved.capture());
        assertThat(saved.getValue().getAmount()).isEqualTo(Money.of("20.00"));
        assertThat(saved.getValue().getVersion()).isEqualTo(3L);
        ledger.delete(new DeleteDuesPayment(stored.getId(), 3L));
        verify(payments).delete(stored);
        verifyNoInteractions(events);
    }

    @Test
    void the_overview_lists_active_members_with_what_they_owe_paid_and_when_they_were_last_reminded() {
        when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));
        when(members.currentMembers()).thenReturn(entries(jardins, recyclerie));
        DuesPayment part = new DuesPayment(DuesPaymentId.newId(), jardins.getId(), 2026, Money.of("50"), TODAY,
                PaymentMeans.CASH, null, 0L);
        DuesPayment rest = new DuesPayment(DuesPaymentId.newId(), jardins.getId(), 2026, Money.of("70"), TODAY,
                PaymentMeans.CHEQUE, null, 0L);
        when(payments.findAllOfYear(2026)).thenReturn(List.of(part, rest));
        DuesReminder reminder = new DuesReminder(recyclerie.getId(), 2026, DuesReminder.Kind.MANUAL, NOW, TODAY,
                "Camille Dupin", "camille@example.org");
        when(reminders.latestByMember(2026)).thenReturn(Map.of(recyclerie.getId(), reminder));

        DuesYearOverview overview = ledger.overview(2026);

        assertThat(overview.paid()).extracting(MemberDues::memberName).containsExactly("Les Jardins du Marsan");
        assertThat(overview.unpaid()).singleElement().satisfies(unpaid -> {
            assertThat(unpaid.memberName()).isEqualTo("Recyclerie des Landes");
            assertThat(unpaid.balance()).isEqualTo(new DuesBalance(Money.of("120"), Money.ZERO));
            assertThat(unpaid.lastReminder()).isEqualTo(reminder);
            assertThat(unpaid.representative().email()).isEqualTo("camille@example.org");
        });
        assertThat(overview.payments()).extracting(line -> line.memberName())
                .containsExactly("Les Jardins du Marsan", "Les Jardins du Marsan");
    }

    @Test
    void without_an_amount_nobody_is_listed_as_unpaid() {
        when(settings.findByYear(2027)).thenReturn(Optional.empty());
        when(members.currentMembers()).thenReturn(entries(jardins));

        DuesYearOverview overview = ledger.overview(2027);

        assertThat(overview.settings()).isNull();
        assertThat(overview.unpaid()).isEmpty();
        assertThat(overview.members()).hasSize(1);
    }

    @Test
    void one_member_s_dues_are_read_for_that_member_alone() {
        when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));
        when(members.entryOf(jardins.getId())).thenReturn(Optional.of(entry(jardins)));
        DuesPayment part = new DuesPayment(DuesPaymentId.newId(), jardins.getId(), 2026, Money.of("50"), TODAY,
                PaymentMeans.CASH, null, 0L);
        when(payments.findOfMember(jardins.getId(), 2026)).thenReturn(List.of(part));
        DuesReminder reminder = new DuesReminder(jardins.getId(), 2026, DuesReminder.Kind.MANUAL, NOW, TODAY,
                "Camille Dupin", "camille@example.org");
        when(reminders.latestOf(jardins.getId(), 2026)).thenReturn(Optional.of(reminder));

        assertThat(ledger.duesOf(jardins.getId(), 2026)).hasValueSatisfying(dues -> {
            assertThat(dues.memberName()).isEqualTo("Les Jardins du Marsan");
            assertThat(dues.balance()).isEqualTo(new DuesBalance(Money.of("120"), Money.of("50")));
            assertThat(dues.lastReminder()).isEqualTo(reminder);
            assertThat(dues.representative().email()).isEqualTo("camille@example.org");
        });
        verify(members, never()).currentMembers();
        verify(payments, never()).findAllOfYear(2026);
    }

    @Test
    void a_member_who_left_or_is_unknown_has_no_dues_and_without_an_amount_it_owes_nothing() {
        Member left = member("Partie", MembershipStatus.LEFT);
        lenient().when(members.entryOf(left.getId())).thenReturn(Optional.of(entry(left)));
        lenient().when(members.entryOf(jardins.getId())).thenReturn(Optional.of(entry(jardins)));
        lenient().when(settings.findByYear(2027)).thenReturn(Optional.empty());
        lenient().when(reminders.latestOf(jardins.getId(), 2027)).thenReturn(Optional.empty());

        assertThat(ledger.duesOf(left.getId(), 2027)).isEmpty();
        assertThat(ledger.duesOf(MemberId.newId(), 2027)).isEmpty();
        assertThat(ledger.duesOf(jardins.getId(), 2027)).hasValueSatisfying(dues ->
                assertThat(dues.balance()).isEqualTo(new DuesBalance(Money.ZERO, Money.ZERO)));
    }

    @Test
    void the_unpaid_count_is_asked_of_the_database_with_the_year_s_amount_and_is_zero_without_one() {
        lenient().when(settings.findByYear(2026)).thenReturn(Optional.of(SETTINGS_2026));
        lenient().when(settings.findByYear(2027)).thenReturn(Optional.empty());
        lenient().when(payments.countCurrentMembersOwing(2026, SETTINGS_2026.getAmount())).thenReturn(7L);

        assertThat(ledger.unpaidCount(2026)).isEqualTo(7L);
        assertThat(ledger.unpaidCount(2027)).isZero();
    }

    static Member member(String name, MembershipStatus status) {
        Member member = Member.register(MemberId.newId(), new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@example.org", null)),
                LocalDate.of(2024, 1, 10));
        if (status == MembershipStatus.LEFT) {
            member.leave(LocalDate.of(2025, 1, 10), "fin d'activité");
        }
        return new Member(member.getId(), member.getDetails(), member.getStatus(), member.getHistory(), 0L);
    }
}
