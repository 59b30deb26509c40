package fr.ploucs.cooperation.mutualisation.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.BookResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.CancelBooking;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.ShareResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.UpdateSharedResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.SharedResourceNotFound;
import fr.ploucs.cooperation.mutualisation.application.port.out.BookingRepository;
import fr.ploucs.cooperation.mutualisation.application.port.out.SharedResourceRepository;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.SharedResourceBooked;
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
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ResourceSharingTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final BookingPeriod WEDNESDAY_MORNING = new BookingPeriod(Instant.parse("2026-05-06T07:00:00Z"),
            Instant.parse("2026-05-06T10:00:00Z"));

    @Mock
    private SharedResourceRepository resources;
    @Mock
    private BookingRepository bookings;
    @Mock
    private MemberDirectoryQuery members;
    @Mock
    private ApplicationEventPublisher events;

    private ResourceSharing sharing;

    private final Member jardins = member("Les Jardins du Marsan", MembershipStatus.ACTIVE);
    private final Member partie = member("La Fabrique partie", MembershipStatus.LEFT);
    private final SharedResource kit = new SharedResource(SharedResourceId.newId(), new SharedResourceDetails(
            ResourceKind.EDUCATIONAL_KIT, "Jeu de rôle de l’ESS", null, "Morcenx-la-Nouvelle", jardins.getId()), true, 4L);

    @BeforeEach
    void aServiceAtAFixedTime() {
        sharing = new ResourceSharing(resources, bookings, members, events, Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        lenient().when(members.entryOf(jardins.getId())).thenReturn(Optional.of(entry(jardins)));
        lenient().when(members.entryOf(partie.getId())).thenReturn(Optional.of(entry(partie)));
        lenient().when(resources.findById(kit.getId())).thenReturn(Optional.of(kit));
        lenient().when(bookings.save(any())).thenAnswer(invocation -> {
            Booking booking = invocation.getArgument(0);
            return new Booking(booking.getId(), booking.getResourceId(), booking.getMemberId(), booking.getPeriod(),
                    booking.getPurpose(), booking.getStatus(), booking.getVersion() == null ? 0L : booking.getVersion() + 1);
        });
    }

    @Test
    void sharing_stores_an_active_resource_of_an_active_member() {
        SharedResourceDetails details = new SharedResourceDetails(ResourceKind.ROOM, "Salle du Marsan", null,
                "Mont-de-Marsan", jardins.getId());

        SharedResourceId id = sharing.share(new ShareResource(details));

        ArgumentCaptor<SharedResource> saved = ArgumentCaptor.forClass(SharedResource.class);
        verify(resources).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        assertThat(saved.getValue().getDetails()).isEqualTo(details);
        assertThat(saved.getValue().isActive()).isTrue();
    }

    @Test
    void a_member_that_left_cannot_share_a_resource() {
        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> sharing.share(new ShareResource(new SharedResourceDetails(ResourceKind.ROOM, "Salle",
                        null, "Arjuzanx", partie.getId()))))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("resource.rule.owner-inactive");
        verify(resources, never()).save(any());
    }

    @Test
    void an_update_based_on_an_old_version_is_refused() {
        assertThatExceptionOfType(SharedResourceChangedMeanwhile.class).isThrownBy(() -> sharing.update(
                new UpdateSharedResource(kit.getId(), 3L, kit.getDetails(), false)));
        verify(resources, never()).save(any());
    }

    @Test
    void an_update_withdraws_and_renames_the_resource() {
        SharedResourceDetails renamed = new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT, "Jeu de rôle (v2)",
                "Nouvelle édition", "Morcenx-la-Nouvelle", jardins.getId());

        sharing.update(new UpdateSharedResource(kit.getId(), 4L, renamed, false));

        ArgumentCaptor<SharedResource> saved = ArgumentCaptor.forClass(SharedResource.class);
        verify(resources).save(saved.capture());
        assertThat(saved.getValue().getDetails()).isEqualTo(renamed);
        assertThat(saved.getValue().isActive()).isFalse();
    }

    @Test
    void handing_a_resource_to_a_member_that_left_is_refused() {
        assertThatExceptionOfType(MutualisationRuleViolation.class).isThrownBy(() -> sharing.update(
                new UpdateSharedResource(kit.getId(), 4L, new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT,
                        "Jeu", null, "Morcenx-la-Nouvelle", partie.getId()), true)));
        verify(resources, never()).save(any());
    }

    @Test
    void booking_stores_an_active_booking_and_publishes_it_with_the_names() {
        BookingId id = sharing.book(new BookResource(kit.getId(), jardins.getId(), WEDNESDAY_MORNING, "Collège"));

        ArgumentCaptor<Booking> saved = ArgumentCaptor.forClass(Booking.class);
        verify(bookings).save(saved.capture());
        assertThat(saved.getValue().getId()).isEqualTo(id);
        assertThat(saved.getValue().getStatus()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(saved.getValue().getPeriod()).isEqualTo(WEDNESDAY_MORNING);
        ArgumentCaptor<SharedResourceBooked> event = ArgumentCaptor.forClass(SharedResourceBooked.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().bookingId()).isEqualTo(id.value());
        assertThat(event.getValue().occurredAt()).isEqualTo(NOW);
        assertThat(event.getValue().resourceName()).isEqualTo("Jeu de rôle de l’ESS");
        assertThat(event.getValue().memberId()).isEqualTo(jardins.getId());
        assertThat(event.getValue().memberName()).isEqualTo("Les Jardins du Marsan");
        assertThat(event.getValue().startsAt()).isEqualTo(WEDNESDAY_MORNING.startsAt());
        assertThat(event.getValue().endsAt()).isEqualTo(WEDNESDAY_MORNING.endsAt());
        assertThat(event.getValue().notificationArguments()).containsExactly("Jeu de rôle de l’ESS",
                "Les Jardins du Marsan", "06/05/2026 09:00", "06/05/2026 12:00");
    }

    @Test
    void a_conflict_names_the_member_of_the_booking_in_the_way_and_publishes_nothing() {
        Member ressourcerie = member("Ressourcerie des Landes", MembershipStatus.ACTIVE);
        when(members.entryOf(ressourcerie.getId())).thenReturn(Optional.of(entry(ressourcerie)));
        Booking inTheWay = new Booking(BookingId.newId(), kit.getId(), ressourcerie.getId(), WEDNESDAY_MORNING,
                "Réunion", BookingStatus.ACTIVE, 0L);
        doThrow(new ResourceAlreadyBooked(inTheWay)).when(bookings).save(any());

        assertThatExceptionOfType(ResourceAlreadyBooked.class)
                .isThrownBy(() -> sharing.book(new BookResource(kit.getId(), jardins.getId(), WEDNESDAY_MORNING, "Collège")))
                .satisfies(conflict -> {
                    assertThat(conflict.conflicting()).contains(inTheWay);
                    assertThat(conflict.conflictingMemberName()).contains("Ressourcerie des Landes");
                });
        verifyNoInteractions(events);
    }

    @Test
    void a_conflict_whose_booking_could_not_be_read_is_passed_on_as_it_is() {
        doThrow(new ResourceAlreadyBooked(null)).when(bookings).save(any());

        assertThatExceptionOfType(ResourceAlreadyBooked.class)
                .isThrownBy(() -> sharing.book(new BookResource(kit.getId(), jardins.getId(), WEDNESDAY_MORNING, "Collège")))
                .satisfies(conflict -> assertThat(conflict.conflictingMemberName()).isEmpty());
        verifyNoInteractions(events);
    }

    @Test
    void a_member_that_left_cannot_book() {
        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> sharing.book(new BookResource(kit.getId(), partie.getId(), WEDNESDAY_MORNING, "Réunion")))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.member-inactive");
        verify(bookings, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void a_withdrawn_or_unknown_resource_cannot_be_booked() {
        SharedResource withdrawn = new SharedResource(SharedResourceId.newId(), kit.getDetails(), false, 1L);
        when(resources.findById(withdrawn.getId())).thenReturn(Optional.of(withdrawn));
        SharedResourceId unknown = SharedResourceId.newId();
        when(resources.findById(unknown)).thenReturn(Optional.empty());

        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> sharing.book(new BookResource(withdrawn.getId(), jardins.getId(), WEDNESDAY_MORNING, "Réunion")))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.resource-withdrawn");
        assertThatExceptionOfType(SharedResourceNotFound.class)
                .isThrownBy(() -> sharing.book(new BookResource(unknown, jardins.getId(), WEDNESDAY_MORNING, "Réunion")));
        verify(bookings, never()).save(any());
    }

    @Test
    void a_booking_in_the_past_is_refused() {
        BookingPeriod yesterday = new BookingPeriod(NOW.minusSeconds(86_400), NOW.minusSeconds(80_000));

        assertThatExceptionOfType(MutualisationRuleViolation.class)
                .isThrownBy(() -> sharing.book(new BookResource(kit.getId(), jardins.getId(), yesterday, "Réunion")))
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.in-the-past");
        verify(bookings, never()).save(any());
    }

    @Test
    void cancelling_keeps_the_booking_as_cancelled_and_a_stale_cancellation_is_refused() {
        Booking booking = new Booking(BookingId.newId(), kit.getId(), jardins.getId(), WEDNESDAY_MORNING, "Réunion",
                BookingStatus.ACTIVE, 2L);
        when(bookings.findById(booking.getId())).thenReturn(Optional.of(booking));

        assertThatExceptionOfType(BookingChangedMeanwhile.class)
                .isThrownBy(() -> sharing.cancel(new CancelBooking(booking.getId(), 1L)));
        verify(bookings, never()).save(any());

        sharing.cancel(new CancelBooking(booking.getId(), 2L));
        ArgumentCaptor<Booking> saved = ArgumentCaptor.forClass(Booking.class);
        verify(bookings).save(saved.capture());
        assertThat(saved.getValue().getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void upcoming_bookings_come_with_the_names_of_their_resource_and_member() {
        Booking booking = new Booking(BookingId.newId(), kit.getId(), jardins.getId(), WEDNESDAY_MORNING, "Réunion",
                BookingStatus.ACTIVE, 0L);
        when(bookings.upcoming(kit.getId(), NOW, 5)).thenReturn(List.of(booking));
        when(resources.list(null)).thenReturn(List.of(kit));
        when(members.everyMember()).thenReturn(entries(jardins, partie));

        assertThat(sharing.upcomingBookings(kit.getId(), 5)).containsExactly(
                new BookingOverview(booking, "Jeu de rôle de l’ESS", "Les Jardins du Marsan"));
    }

    private static Member member(String name, MembershipStatus status) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null))
                : List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null),
                new MembershipChange(MembershipChange.Kind.LEFT, LocalDate.of(2025, 9, 1), "fin"));
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@example.org", null)), status, history, 0L);
    }
}
