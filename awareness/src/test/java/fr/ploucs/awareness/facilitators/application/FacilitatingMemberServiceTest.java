package fr.ploucs.awareness.facilitators.application;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.MemberDetailsChangedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberJoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberLeftCommand;
import fr.ploucs.awareness.facilitators.application.port.in.MemberRejoinedCommand;
import fr.ploucs.awareness.facilitators.application.port.out.FacilitatingMemberRepository;
import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class FacilitatingMemberServiceTest {

    private static final MemberId MEMBER = MemberId.newId();
    private static final Instant JOINED_AT = Instant.parse("2024-03-12T09:00:00Z");
    private static final Instant LEFT_AT = Instant.parse("2025-09-01T14:30:00Z");

    @Mock
    private FacilitatingMemberRepository members;

    @InjectMocks
    private FacilitatingMemberService service;

    private final ArgumentCaptor<FacilitatingMember> saved = ArgumentCaptor.forClass(FacilitatingMember.class);

    @Test
    void a_member_never_seen_is_stored_as_active_when_it_joins() {
        when(members.findById(MEMBER)).thenReturn(Optional.empty());

        service.memberJoined(new MemberJoinedCommand(MEMBER, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().active()).isTrue();
        assertThat(saved.getValue().activeSince()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(saved.getValue().version()).isNull();
    }

    @Test
    void a_known_member_that_leaves_is_saved_inactive_with_its_stored_version() {
        when(members.findById(MEMBER)).thenReturn(Optional.of(stored(JOINED_AT)));

        service.memberLeft(new MemberLeftCommand(MEMBER, "L'Atelier", LocalDate.of(2025, 9, 1), "fin d'activité",
                LEFT_AT));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().active()).isFalse();
        assertThat(saved.getValue().leavingReason()).isEqualTo("fin d'activité");
        assertThat(saved.getValue().version()).isEqualTo(4L);
    }

    @Test
    void a_joining_delivered_again_saves_nothing() {
        when(members.findById(MEMBER)).thenReturn(Optional.of(stored(JOINED_AT)));

        service.memberJoined(new MemberJoinedCommand(MEMBER, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12), JOINED_AT));

        verify(members, never()).save(any());
    }

    @Test
    void a_departure_older_than_the_last_fact_saves_nothing() {
        when(members.findById(MEMBER)).thenReturn(Optional.of(stored(LEFT_AT)));

        service.memberLeft(new MemberLeftCommand(MEMBER, "L'Atelier", LocalDate.of(2024, 1, 1), null,
                JOINED_AT.minusSeconds(3600)));

        verify(members, never()).save(any());
    }

    @Test
    void a_rejoining_heard_first_stores_an_active_member() {
        when(members.findById(MEMBER)).thenReturn(Optional.empty());

        service.memberRejoined(new MemberRejoinedCommand(MEMBER, "L'Atelier", "Arjuzanx", LocalDate.of(2026, 1, 15),
                LEFT_AT));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().active()).isTrue();
        assertThat(saved.getValue().activeSince()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void lists_active_members_first_then_by_name_in_french_order() {
        when(members.findAll()).thenReturn(List.of(
                member("Zéphyr", true), member("Terres d'Oc", false), member("Élan solidaire", true),
                member("Abeilles", false), member("Fabrique", true)));

        List<String> names = service.list(ListFacilitatingMembersQuery.everyone()).stream()
                .map(FacilitatingMemberSummary::name).toList();

        assertThat(names).containsExactly("Élan solidaire", "Fabrique", "Zéphyr", "Abeilles", "Terres d'Oc");
    }

    @Test
    void lists_only_active_members_when_former_ones_are_not_wanted() {
        when(members.findAll()).thenReturn(List.of(member("Abeilles", false), member("Fabrique", true)));

        assertThat(service.list(ListFacilitatingMembersQuery.activeOnly()))
                .extracting(FacilitatingMemberSummary::name).containsExactly("Fabrique");
    }

    @Test
    void every_fact_takes_the_member_lock_before_reading_it() {
        when(members.findById(MEMBER)).thenReturn(Optional.empty());

        service.memberDetailsChanged(new MemberDetailsChangedCommand(MEMBER, "L'Atelier", "Arjuzanx", JOINED_AT));
        service.memberLeft(new MemberLeftCommand(MEMBER, "L'Atelier", LocalDate.of(2025, 9, 1), null, LEFT_AT));

        InOrder inOrder = inOrder(members);
        inOrder.verify(members).lock(MEMBER);
        inOrder.verify(members).findById(MEMBER);
        inOrder.verify(members).lock(MEMBER);
        inOrder.verify(members).findById(MEMBER);
    }

    @Test
    void a_details_change_of_a_known_member_is_saved_with_its_stored_version() {
        when(members.findById(MEMBER)).thenReturn(Optional.of(stored(JOINED_AT)));

        service.memberDetailsChanged(new MemberDetailsChangedCommand(MEMBER, "L'Atelier coopératif", "Arjuzanx",
                LEFT_AT));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().name()).isEqualTo("L'Atelier coopératif");
        assertThat(saved.getValue().commune()).isEqualTo("Arjuzanx");
        assertThat(saved.getValue().version()).isEqualTo(4L);
    }

    @Test
    void a_details_change_older_than_the_details_shown_saves_nothing() {
        when(members.findById(MEMBER)).thenReturn(Optional.of(stored(LEFT_AT)));

        service.memberDetailsChanged(new MemberDetailsChangedCommand(MEMBER, "L'Atelier", "Arjuzanx", JOINED_AT));

        verify(members, never()).save(any());
    }

    @Test
    void a_details_change_heard_first_is_kept_but_not_listed() {
        when(members.findById(MEMBER)).thenReturn(Optional.empty());

        service.memberDetailsChanged(new MemberDetailsChangedCommand(MEMBER, "L'Atelier", "Arjuzanx", JOINED_AT));

        verify(members).save(saved.capture());
        assertThat(saved.getValue().listed()).isFalse();
        when(members.findAll()).thenReturn(List.of(saved.getValue()));
        assertThat(service.list(ListFacilitatingMembersQuery.everyone())).isEmpty();
    }

    private static FacilitatingMember stored(Instant lastEventAt) {
        return new FacilitatingMember(MEMBER, "L'Atelier", "Morcenx-la-Nouvelle", true, LocalDate.of(2024, 3, 12), null,
                null, lastEventAt, lastEventAt, 4L);
    }

    private static FacilitatingMember member(String name, boolean active) {
        return new FacilitatingMember(MemberId.newId(), name, "Morcenx-la-Nouvelle", active, LocalDate.of(2024, 3, 12),
                active ? null : LocalDate.of(2025, 9, 1), null, LEFT_AT, LEFT_AT, 0L);
    }
}
