package fr.ploucs.cooperation.members.application;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.Admit;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordDeparture;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordReturn;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.UpdateDetails;
import fr.ploucs.cooperation.members.application.port.in.MemberNotFound;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.application.port.in.SiretAlreadyRegistered;
import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipChange.Kind;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
class MemberRegistryTest {

    private static final Instant NOW = Instant.parse("2026-01-20T09:30:00Z");
    private static final Siret SIRET = new Siret("73282932000074");
    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);

    @Mock
    private MemberRepository members;

    @Mock
    private ManagePeopleUseCase people;

    @Mock
    private ApplicationEventPublisher events;

    private MemberRegistry registry;

    private final ArgumentCaptor<Member> saved = ArgumentCaptor.forClass(Member.class);
    private final ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
    private final MemberId known = MemberId.newId();

    @BeforeEach
    void aRegistryAtAFixedTime() {
        registry = new MemberRegistry(members, people, events, Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        // The repository hands back what it stored, one version further.
        lenient().when(members.save(any())).thenAnswer(invocation -> {
            Member member = invocation.getArgument(0);
            return new Member(member.getId(), member.getDetails(), member.getStatus(), member.getHistory(),
                    member.getVersion() == null ? 0L : member.getVersion() + 1);
        });
    }

    @Test
    void registering_stores_an_active_member_and_publishes_that_it_joined() {
        when(members.siretTakenByAnother(any(), any())).thenReturn(false);

        MemberId id = registry.register(new RegisterMember(details("L'Atelier", SIRET), JOINED_ON));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        assertThat(saved.getValue().getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(saved.getValue().getHistory()).containsExactly(new MembershipChange(Kind.JOINED, JOINED_ON, null));
        assertThat(saved.getValue().getDetails()).isEqualTo(details("L'Atelier", SIRET));
        verify(members).siretTakenByAnother(SIRET, id);

        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberJoined.class, joined -> {
            assertThat(joined.memberId()).isEqualTo(id);
            assertThat(joined.memberName()).isEqualTo("L'Atelier");
            assertThat(joined.commune()).isEqualTo("Morcenx-la-Nouvelle");
            assertThat(joined.joinedOn()).isEqualTo(JOINED_ON);
            assertThat(joined.occurredAt()).isEqualTo(NOW);
            assertThat(joined.eventId()).isNotNull();
        });
    }

    @Test
    void a_member_without_siret_is_registered_without_asking_whether_it_is_taken() {
        registry.register(new RegisterMember(details("Abeilles", null), JOINED_ON));

        verify(members, never()).siretTakenByAnother(any(), any());
        verify(members).save(any());
        verify(events).publishEvent(any(MemberJoined.class));
    }

    @Test
    void a_siret_already_registered_is_refused_and_nothing_is_stored_or_published() {
        when(members.siretTakenByAnother(any(), any())).thenReturn(true);

        assertThatExceptionOfType(SiretAlreadyRegistered.class)
                .isThrownBy(() -> registry.register(new RegisterMember(details("L'Atelier", SIRET), JOINED_ON)));

        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void updating_the_details_stores_them_on_the_version_read() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));
        when(members.siretTakenByAnother(SIRET, known)).thenReturn(false);

        registry.updateDetails(new UpdateDetails(known, 2L, details("L'Atelier coopératif", SIRET)));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getDetails().name()).isEqualTo("L'Atelier coopératif");
        assertThat(saved.getValue().getVersion()).isEqualTo(2L);
        // A new name is news for the other pillars' views (it used to publish nothing, and they went stale).
        verify(events).publishEvent(any(MemberDetailsChanged.class));
    }

    @Test
    void a_new_name_or_commune_is_published_with_all_the_details_after_the_change() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));
        when(members.siretTakenByAnother(SIRET, known)).thenReturn(false);
        MemberDetails moved = new MemberDetails("L'Atelier coopératif", LegalForm.SCIC, SIRET, "Arjuzanx",
                new Representative("Camille Dupin", "camille@atelier.fr", null));

        registry.updateDetails(new UpdateDetails(known, 2L, moved));

        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberDetailsChanged.class, changed -> {
            assertThat(changed.memberId()).isEqualTo(known);
            assertThat(changed.memberName()).isEqualTo("L'Atelier coopératif");
            assertThat(changed.commune()).isEqualTo("Arjuzanx");
            assertThat(changed.representativeName()).isEqualTo("Camille Dupin");
            assertThat(changed.representativeEmail()).isEqualTo("camille@atelier.fr");
            assertThat(changed.occurredAt()).isEqualTo(NOW);
            assertThat(changed.eventId()).isNotNull();
            assertThat(changed.notificationArguments()).containsExactly("L'Atelier coopératif", "Arjuzanx", "Camille Dupin");
        });
    }

    @Test
    void the_details_form_never_changes_the_representative_behind_the_handover_s_back() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));
        when(members.siretTakenByAnother(SIRET, known)).thenReturn(false);
        MemberDetails replaced = new MemberDetails("L'Atelier", LegalForm.SCIC, SIRET, "Morcenx-la-Nouvelle",
                new Representative("Lou Martin", "lou@atelier.fr", null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.updateDetails(new UpdateDetails(known, 2L, replaced)))
                .isInstanceOfSatisfying(MembershipRuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("member.representative.through-handover");
                    assertThat(refused.field()).contains("representativeName");
                });
        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void moving_to_another_commune_alone_is_published() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.LEFT, 4L)));

        registry.updateDetails(new UpdateDetails(known, 4L, new MemberDetails("L'Atelier", LegalForm.SCIC, SIRET,
                "Arjuzanx", new Representative("Camille Dupin", "camille@atelier.fr", null))));

        // A former member is still shown by the other pillars: it hears of its move too.
        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberDetailsChanged.class,
                changed -> assertThat(changed.commune()).isEqualTo("Arjuzanx"));
    }

    @Test
    void details_the_other_pillars_do_not_show_publish_nothing() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));

        registry.updateDetails(new UpdateDetails(known, 2L, new MemberDetails("L'Atelier", LegalForm.ASSOCIATION_LOI_1901,
                null, "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "CAMILLE@atelier.fr", "05 58 00 00 00"))));

        verify(members).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_candidate_renamed_publishes_nothing_the_other_pillars_do_not_know_it_yet() {
        Member candidate = new Member(known, details("L'Atelier", SIRET), MembershipStatus.CANDIDATE,
                List.of(new MembershipChange(Kind.APPLIED, JOINED_ON, null)), 0L);
        when(members.findById(known)).thenReturn(Optional.of(candidate));

        registry.updateDetails(new UpdateDetails(known, 0L, details("L'Atelier coopératif", SIRET)));

        verify(members).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void updating_a_member_saved_since_it_was_read_is_refused_and_nothing_is_stored() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 3L)));

        assertThatExceptionOfType(MemberChangedMeanwhile.class)
                .isThrownBy(() -> registry.updateDetails(new UpdateDetails(known, 2L, details("Autre nom", SIRET))));

        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void updating_to_a_siret_another_member_has_is_refused() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));
        when(members.siretTakenByAnother(SIRET, known)).thenReturn(true);

        assertThatExceptionOfType(SiretAlreadyRegistered.class)
                .isThrownBy(() -> registry.updateDetails(new UpdateDetails(known, 2L, details("L'Atelier", SIRET))));

        verify(members, never()).save(any());
    }

    @Test
    void a_departure_is_stored_and_published_with_its_reason() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));

        registry.recordDeparture(new RecordDeparture(known, 2L, LocalDate.of(2025, 9, 1), " fin d'activité "));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getStatus()).isEqualTo(MembershipStatus.LEFT);
        assertThat(saved.getValue().lastChange())
                .isEqualTo(new MembershipChange(Kind.LEFT, LocalDate.of(2025, 9, 1), "fin d'activité"));

        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberLeft.class, left -> {
            assertThat(left.memberId()).isEqualTo(known);
            assertThat(left.memberName()).isEqualTo("L'Atelier");
            assertThat(left.leftOn()).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(left.reason()).isEqualTo("fin d'activité");
            assertThat(left.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_departure_the_rules_refuse_stores_and_publishes_nothing() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 2L)));

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> registry.recordDeparture(new RecordDeparture(known, 2L, LocalDate.of(2025, 9, 1), "")));

        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_departure_based_on_an_old_version_is_refused() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.ACTIVE, 5L)));

        assertThatExceptionOfType(MemberChangedMeanwhile.class).isThrownBy(() -> registry.recordDeparture(
                new RecordDeparture(known, 4L, LocalDate.of(2025, 9, 1), "fin d'activité")));

        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_return_is_stored_and_published() {
        when(members.findById(known)).thenReturn(Optional.of(stored(MembershipStatus.LEFT, 4L)));

        registry.recordReturn(new RecordReturn(known, 4L, LocalDate.of(2026, 1, 15), "nouveau projet"));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getStatus()).isEqualTo(MembershipStatus.RETURNED);
        assertThat(saved.getValue().lastChange())
                .isEqualTo(new MembershipChange(Kind.REJOINED, LocalDate.of(2026, 1, 15), "nouveau projet"));

        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberRejoined.class, rejoined -> {
            assertThat(rejoined.memberId()).isEqualTo(known);
            assertThat(rejoined.memberName()).isEqualTo("L'Atelier");
            assertThat(rejoined.commune()).isEqualTo("Morcenx-la-Nouvelle");
            assertThat(rejoined.rejoinedOn()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(rejoined.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void an_unknown_member_cannot_be_changed() {
        MemberId unknown = MemberId.newId();
        when(members.findById(unknown)).thenReturn(Optional.empty());

        assertThatExceptionOfType(MemberNotFound.class)
                .isThrownBy(() -> registry.updateDetails(new UpdateDetails(unknown, 0L, details("X", null))));
        assertThatExceptionOfType(MemberNotFound.class).isThrownBy(() -> registry.recordDeparture(
                new RecordDeparture(unknown, 0L, LocalDate.of(2025, 9, 1), "raison")));
        assertThatExceptionOfType(MemberNotFound.class).isThrownBy(() -> registry.recordReturn(
                new RecordReturn(unknown, 0L, LocalDate.of(2025, 9, 1), null)));

        verify(members, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_search_strips_the_name_typed_and_treats_none_as_everything() {
        when(members.search("atelier", MembershipStatus.LEFT)).thenReturn(List.of(stored(MembershipStatus.LEFT, 1L)));
        when(members.search("", null)).thenReturn(List.of());

        assertThat(registry.search("  atelier ", MembershipStatus.LEFT)).extracting(Member::getId).containsExactly(known);
        assertThat(registry.search(null, null)).isEmpty();
    }

    @Test
    void a_candidate_is_stored_without_telling_the_other_pillars_and_joins_when_admitted() {
        MemberId id = registry.register(new RegisterMember(details("La Candidate", null), JOINED_ON, true));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getStatus()).isEqualTo(MembershipStatus.CANDIDATE);
        assertThat(saved.getValue().getId()).isEqualTo(id);
        verifyNoInteractions(events);

        Member candidate = new Member(known, details("La Candidate", null), MembershipStatus.CANDIDATE,
                List.of(new MembershipChange(Kind.APPLIED, JOINED_ON, null)), 0L);
        when(members.findById(known)).thenReturn(Optional.of(candidate));
        registry.admit(new Admit(known, 0L, LocalDate.of(2024, 6, 20), "Conseil du 20 juin"));

        verify(events).publishEvent(published.capture());
        assertThat(published.getValue()).isInstanceOfSatisfying(MemberJoined.class, joined -> {
            assertThat(joined.memberId()).isEqualTo(known);
            assertThat(joined.joinedOn()).isEqualTo(LocalDate.of(2024, 6, 20));
        });
    }

    @Test
    void a_withdrawn_candidacy_is_stored_but_no_departure_is_published() {
        Member candidate = new Member(known, details("La Candidate", null), MembershipStatus.CANDIDATE,
                List.of(new MembershipChange(Kind.APPLIED, JOINED_ON, null)), 1L);
        when(members.findById(known)).thenReturn(Optional.of(candidate));

        registry.recordDeparture(new RecordDeparture(known, 1L, LocalDate.of(2024, 5, 1), "projet abandonné"));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().getStatus()).isEqualTo(MembershipStatus.LEFT);
        verifyNoInteractions(events);
    }

    private Member stored(MembershipStatus status, long version) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(Kind.JOINED, JOINED_ON, null))
                : List.of(new MembershipChange(Kind.JOINED, JOINED_ON, null),
                        new MembershipChange(Kind.LEFT, LocalDate.of(2025, 9, 1), "fin d'activité"));
        return new Member(known, details("L'Atelier", SIRET), status, history, version);
    }

    private static MemberDetails details(String name, Siret siret) {
        return new MemberDetails(name, LegalForm.SCIC, siret, "Morcenx-la-Nouvelle",
                new Representative("Camille Dupin", "camille@atelier.fr", null));
    }
}
