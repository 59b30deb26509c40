package fr.ploucs.cooperation.engagement.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;

import fr.ploucs.cooperation.payments.application.port.in.ChargeCoachingUseCase;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery.DormantMember;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.LogHours;
import fr.ploucs.cooperation.engagement.application.port.out.EngagementLedger;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class EngagementRecordsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/Paris"));

    private static final MemberId MEMBER = MemberId.newId();
    private static final java.util.UUID SESSION = java.util.UUID.randomUUID();

    private final EngagementLedger ledger = mock(EngagementLedger.class);
    private final MemberDirectoryQuery members = mock(MemberDirectoryQuery.class);
    private final ChargeCoachingUseCase payments = mock(ChargeCoachingUseCase.class);
    private final EngagementRecords records = new EngagementRecords(ledger, payments, members, CLOCK, 6);

    @Test
    void credits_hours_under_the_reference_of_their_source() {
        MemberId member = MemberId.newId();
        when(ledger.addUnlessPresent(any())).thenReturn(true, false);
        CreditHours credit = new CreditHours(member, EngagementSource.COACHING_SESSION, "session-1",
                LocalDate.of(2026, 10, 2), new BigDecimal("2"), "Projet Ferme partagée");

        assertThat(records.credit(credit)).isTrue();
        assertThat(records.credit(credit)).isFalse();

        ArgumentCaptor<EngagementEntry> entry = ArgumentCaptor.forClass(EngagementEntry.class);
        verify(ledger, org.mockito.Mockito.times(2)).addUnlessPresent(entry.capture());
        assertThat(entry.getAllValues()).extracting(EngagementEntry::sourceReference).containsOnly("session-1");
        // Charged to a grant once: the replay was not credited.
        verify(payments, org.mockito.Mockito.times(1)).charge(any());
    }

    @Test
    void only_coaching_hours_are_charged_to_grants() {
        when(ledger.addUnlessPresent(any())).thenReturn(true);

        records.log(new LogHours(MemberId.newId(), EngagementSource.TRAINING, LocalDate.of(2026, 10, 2),
                new BigDecimal("3"), "Formation"));
        records.credit(new CreditHours(MemberId.newId(), EngagementSource.AWARENESS_SESSION, "a1",
                LocalDate.of(2026, 10, 2), new BigDecimal("2"), "Collège"));

        org.mockito.Mockito.verifyNoInteractions(payments);
    }

    @Test
    void a_session_state_not_newer_than_the_applied_one_changes_nothing() {
        when(ledger.keepIfNewer(any())).thenReturn(false);

        assertThat(records.setCoachingSession(state(2, "3", false))).isFalse();

        verify(ledger, org.mockito.Mockito.never()).entriesFrom(any(), any());
        org.mockito.Mockito.verifyNoInteractions(payments);
    }

    @Test
    void a_corrected_session_replaces_its_line_and_its_charges() {
        EngagementEntry old = new EngagementEntry(java.util.UUID.randomUUID(), MEMBER,
                EngagementSource.COACHING_SESSION, SESSION.toString(), LocalDate.of(2026, 10, 2), new BigDecimal("2"),
                "Projet");
        when(ledger.keepIfNewer(any())).thenReturn(true);
        when(ledger.entriesFrom(EngagementSource.COACHING_SESSION, SESSION.toString())).thenReturn(List.of(old));
        when(ledger.addUnlessPresent(any())).thenReturn(true);

        assertThat(records.setCoachingSession(state(1, "3", false))).isTrue();

        verify(payments).withdraw(old.id());
        verify(ledger).remove(old);
        ArgumentCaptor<ChargeCoachingUseCase.ChargeCoaching> charged =
                ArgumentCaptor.forClass(ChargeCoachingUseCase.ChargeCoaching.class);
        verify(payments).charge(charged.capture());
        assertThat(charged.getValue().hours()).isEqualByComparingTo("3");
    }

    @Test
    void a_deleted_session_withdraws_its_line_and_charges_nothing() {
        EngagementEntry old = new EngagementEntry(java.util.UUID.randomUUID(), MEMBER,
                EngagementSource.COACHING_SESSION, SESSION.toString(), LocalDate.of(2026, 10, 2), new BigDecimal("2"),
                "Projet");
        when(ledger.keepIfNewer(any())).thenReturn(true);
        when(ledger.entriesFrom(EngagementSource.COACHING_SESSION, SESSION.toString())).thenReturn(List.of(old));

        records.setCoachingSession(state(1, "0", true));

        verify(payments).withdraw(old.id());
        verify(ledger).remove(old);
        verify(ledger, org.mockito.Mockito.never()).addUnlessPresent(any());
        verify(payments, org.mockito.Mockito.never()).charge(any());
    }

    @Test
    void a_state_the_ledger_already_holds_is_left_as_it_is() {
        EngagementEntry same = new EngagementEntry(java.util.UUID.randomUUID(), MEMBER,
                EngagementSource.COACHING_SESSION, SESSION.toString(), LocalDate.of(2026, 10, 2),
                new BigDecimal("3.00"), "Projet");
        when(ledger.keepIfNewer(any())).thenReturn(true);
        when(ledger.entriesFrom(EngagementSource.COACHING_SESSION, SESSION.toString())).thenReturn(List.of(same));

        assertThat(records.setCoachingSession(state(0, "3", false))).isTrue();

        verify(ledger, org.mockito.Mockito.never()).remove(any());
        org.mockito.Mockito.verifyNoInteractions(payments);
    }

    private static RecordEngagementUseCase.CoachingSessionState state(long revision, String hours, boolean deleted) {
        return new RecordEngagementUseCase.CoachingSessionState(SESSION, revision, MEMBER, LocalDate.of(2026, 10, 2),
                new BigDecimal(hours), deleted, "Projet");
    }

    @Test
    void hand_logged_hours_each_get_their_own_reference() {
        MemberId member = MemberId.newId();
        LogHours log = new LogHours(member, EngagementSource.PRACTICE_EXCHANGE, LocalDate.of(2026, 10, 2),
                new BigDecimal("3"), "Échange sur la gouvernance partagée");

        records.log(log);
        records.log(log);

        ArgumentCaptor<EngagementEntry> entry = ArgumentCaptor.forClass(EngagementEntry.class);
        verify(ledger, org.mockito.Mockito.times(2)).addUnlessPresent(entry.capture());
        assertThat(entry.getAllValues()).extracting(EngagementEntry::sourceReference).doesNotHaveDuplicates();
    }

    @Test
    void members_quiet_for_six_months_are_listed_longest_silent_first() {
        Member active = member("Active", LocalDate.of(2020, 1, 1));
        Member quiet = member("Silencieuse", LocalDate.of(2020, 1, 1));
        Member never = member("Jamais vue", LocalDate.of(2021, 1, 1));
        Member newcomer = member("Nouvelle", LocalDate.of(2026, 10, 1));
        when(members.currentMembers()).thenReturn(entries(active, quiet, never, newcomer));
        when(ledger.lastActivityByMember()).thenReturn(Map.of(
                active.getId(), LocalDate.of(2026, 9, 1),
                quiet.getId(), LocalDate.of(2026, 1, 10)));

        List<DormantMember> dormant = records.membersToReengage();

        assertThat(dormant).extracting(DormantMember::name).containsExactly("Jamais vue", "Silencieuse");
        assertThat(dormant.get(1).lastActivity()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    private static Member member(String name, LocalDate joinedOn) {
        return Member.register(MemberId.newId(), new MemberDetails(name, LegalForm.SCOP, null, "Morcenx",
                new Representative("Réf " + name, "ref@example.org", null)), joinedOn);
    }
}
