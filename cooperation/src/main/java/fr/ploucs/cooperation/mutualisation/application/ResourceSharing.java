package fr.ploucs.cooperation.mutualisation.application;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingNotFound;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.SharedResourceNotFound;
import fr.ploucs.cooperation.mutualisation.application.port.out.BookingRepository;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.mutualisation.application.port.out.SharedResourceRepository;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.SharedResourceBooked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mutualisation: the resources members share and their bookings. No double booking is checked here: the database
 * refuses it (an exclusion constraint), which also holds for two bookings made at the same moment. The booking
 * event is published in the transaction that stores the booking.
 */
@Service
@Transactional
class ResourceSharing implements ShareResourceUseCase, BookResourceUseCase, FindSharedResourcesQuery {

    private final SharedResourceRepository resources;
    private final BookingRepository bookings;
    private final MemberDirectoryQuery members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResourceSharing(SharedResourceRepository resources, BookingRepository bookings, MemberDirectoryQuery members,
                    ApplicationEventPublisher events, Clock clock) {
        this.resources = resources;
        this.bookings = bookings;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SharedResourceId share(ShareResource command) {
        requireActiveMember(command.details().owner(), "resource.rule.owner-inactive");
        SharedResourceId id = SharedResourceId.newId();
        resources.save(SharedResource.share(id, command.details()));
        return id;
    }

    @Override
    public void update(UpdateSharedResource command) {
        SharedResource resource = resources.findById(command.resourceId())
                .orElseThrow(() -> new SharedResourceNotFound(command.resourceId()));
        if (resource.changedSince(command.expectedVersion())) {
            throw new SharedResourceChangedMeanwhile(command.resourceId());
        }
        // A resource whose owner has since left stays editable; handing it to another structure needs an active one.
        if (!resource.getDetails().owner().equals(command.details().owner())) {
            requireActiveMember(command.details().owner(), "resource.rule.owner-inactive");
        }
        resource.update(command.details(), command.active());
        resources.save(resource);
    }

    @Override
    public BookingId book(BookResource command) {
        SharedResource resource = resources.findById(command.resourceId())
                .orElseThrow(() -> new SharedResourceNotFound(command.resourceId()));
        resource.requireBookable();
        MemberEntry member = requireActiveMember(command.memberId(), "booking.rule.member-inactive");
        Booking booking = Booking.book(BookingId.newId(), resource.getId(), member.id(), command.period(),
                command.purpose(), clock.instant());
        Booking stored;
        try {
            stored = bookings.save(booking);
        } catch (ResourceAlreadyBooked conflict) {
            throw conflict.conflicting()
                    .flatMap(existing -> members.entryOf(existing.getMemberId()))
                    .map(owner -> conflict.naming(owner.name()))
                    .orElse(conflict);
        }
        events.publishEvent(new SharedResourceBooked(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                resource.getDetails().name(), member.id(), member.name(),
                stored.getPeriod().startsAt(), stored.getPeriod().endsAt()));
        return stored.getId();
    }

    @Override
    public void cancel(CancelBooking command) {
        Booking booking = bookings.findById(command.bookingId())
                .orElseThrow(() -> new BookingNotFound(command.bookingId()));
        if (booking.changedSince(command.expectedVersion())) {
            throw new BookingChangedMeanwhile(command.bookingId());
        }
        booking.cancel();
        bookings.save(booking);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SharedResource> byId(SharedResourceId id) {
        return resources.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SharedResource> list(ResourceKind kind) {
        return resources.list(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BookingOverview> booking(BookingId id) {
        return bookings.findById(id).map(booking -> overviews(List.of(booking)).get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookingOverview> upcomingBookings(SharedResourceId resource, int limit) {
        return overviews(bookings.upcoming(resource, clock.instant(), limit));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BookingOverview> bookingsBetween(SharedResourceId resource, Instant from, Instant to) {
        return overviews(bookings.between(resource, from, to));
    }

    private List<BookingOverview> overviews(List<Booking> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        // The network has a few dozen members and resources: reading them all beats one look-up per booking.
        Map<SharedResourceId, String> resourceNames = resources.list(null).stream()
                .collect(Collectors.toMap(SharedResource::getId, resource -> resource.getDetails().name()));
        Map<MemberId, String> memberNames = members.everyMember().stream()
                .collect(Collectors.toMap(MemberEntry::id, MemberEntry::name, (a, b) -> a));
        return found.stream()
                .map(booking -> new BookingOverview(booking,
                        resourceNames.getOrDefault(booking.getResourceId(), "?"),
                        memberNames.getOrDefault(booking.getMemberId(), "?")))
                .toList();
    }

    private MemberEntry requireActiveMember(MemberId id, String reason) {
        return members.entryOf(id)
                .filter(MemberEntry::currentMember)
                .orElseThrow(() -> new MutualisationRuleViolation(reason));
    }
}
