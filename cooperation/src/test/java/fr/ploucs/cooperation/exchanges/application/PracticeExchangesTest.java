package fr.ploucs.cooperation.exchanges.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;

import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.RecordExchange;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.UpdateExchange;
import fr.ploucs.cooperation.exchanges.application.port.out.PracticeExchangeRepository;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.exchanges.domain.ExchangeRuleViolation;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PracticeExchangesTest {

    @Mock
    private PracticeExchangeRepository exchanges;
    @Mock
    private MemberDirectoryQuery members;
    @Mock
    private RecordEngagementUseCase engagement;

    private PracticeExchanges service;
    private final Member jardins = member("Les Jardins", MembershipStatus.ACTIVE);
    private final Member ressourcerie = member("Ressourcerie", MembershipStatus.RETURNED);
    private final Member partie = member("Partie", MembershipStatus.LEFT);

    @BeforeEach
    void setUp() {
        service = new PracticeExchanges(exchanges, members, engagement);
        for (Member m : List.of(jardins, ressourcerie, partie)) {
            lenient().when(members.entryOf(m.getId())).thenReturn(Optional.of(entry(m)));
        }
        lenient().when(exchanges.save(any())).thenAnswer(call -> {
            PracticeExchange saved = call.getArgument(0);
            return new PracticeExchange(saved.getId(), saved.getDetails(),
                    saved.getVersion() == null ? 0L : saved.getVersion() + 1);
        });
    }

    @Test
    void recording_an_exchange_credits_each_attending_member_its_hours_under_the_exchange_id() {
        PracticeExchangeId id = service.record(new RecordExchange(details(Set.of(jardins.getId(), ressourcerie.getId()))));

        ArgumentCaptor<CreditHours> credits = ArgumentCaptor.forClass(CreditHours.class);
        verify(engagement, times(2)).credit(credits.capture());
        assertThat(credits.getAllValues()).extracting(CreditHours::memberId)
                .containsExactlyInAnyOrder(jardins.getId(), ressourcerie.getId());
        assertThat(credits.getAllValues()).allSatisfy(credit -> {
            assertThat(credit.source()).isEqualTo(EngagementSource.PRACTICE_EXCHANGE);
            assertThat(credit.sourceReference()).isEqualTo(id.toString());
            assertThat(credit.hours()).isEqualByComparingTo("2.5");
            assertThat(credit.on()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(credit.description()).isEqualTo("Mutualiser les locaux");
        });
    }

    @Test
    void a_structure_that_is_not_a_current_member_is_refused_and_nothing_is_stored_or_credited() {
        assertThatExceptionOfType(ExchangeRuleViolation.class)
                .isThrownBy(() -> service.record(new RecordExchange(details(Set.of(jardins.getId(), partie.getId())))))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.attendees.not-member");
        verify(exchanges, never()).save(any());
        verifyNoInteractions(engagement);
    }

    @Test
    void an_update_credits_again_through_the_idempotent_ledger_and_keeps_a_structure_that_has_left_since() {
        PracticeExchange stored = new PracticeExchange(PracticeExchangeId.newId(),
                details(Set.of(jardins.getId(), partie.getId())), 2L);
        when(exchanges.findById(stored.getId())).thenReturn(Optional.of(stored));

        service.update(new UpdateExchange(stored.getId(), 2L, details(Set.of(jardins.getId(), partie.getId(),
                ressourcerie.getId()))));

        ArgumentCaptor<CreditHours> credits = ArgumentCaptor.forClass(CreditHours.class);
        verify(engagement, times(3)).credit(credits.capture());
        assertThat(credits.getAllValues()).extracting(CreditHours::sourceReference).containsOnly(stored.getId().toString());
    }

    @Test
    void a_stale_update_is_refused_and_credits_nothing() {
        PracticeExchange stored = new PracticeExchange(PracticeExchangeId.newId(), details(Set.of(jardins.getId())), 2L);
        when(exchanges.findById(stored.getId())).thenReturn(Optional.of(stored));

        assertThatExceptionOfType(PracticeExchangeChangedMeanwhile.class)
                .isThrownBy(() -> service.update(new UpdateExchange(stored.getId(), 1L, details(Set.of(jardins.getId())))));
        verify(exchanges, never()).save(any());
        verifyNoInteractions(engagement);
    }

    private PracticeExchangeDetails details(Set<MemberId> attendees) {
        return new PracticeExchangeDetails(LocalDate.of(2026, 3, 14), "Mutualiser les locaux", "Camille Dupin",
                jardins.getId(), new BigDecimal("2.5"), attendees, "Notes", List.of());
    }

    private static Member member(String name, MembershipStatus status) {
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Ygos",
                new Representative("Camille Dupin", "camille@example.org", null)), status,
                List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null)), 0L);
    }
}
