package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper
interface MutualisationPersistenceMapper {

    @Mapping(target = "kind", source = "details.kind")
    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "description", source = "details.description")
    @Mapping(target = "location", source = "details.location")
    @Mapping(target = "ownerId", source = "details.owner")
    SharedResourceRow toRow(SharedResource resource);

    @Mapping(target = "details", source = ".")
    SharedResource toDomain(SharedResourceRow row);

    @Mapping(target = "owner", source = "ownerId")
    SharedResourceDetails toDetails(SharedResourceRow row);

    @Mapping(target = "startsAt", source = "period.startsAt")
    @Mapping(target = "endsAt", source = "period.endsAt")
    BookingRow toRow(Booking booking);

    @Mapping(target = "period", source = ".")
    Booking toDomain(BookingRow row);

    BookingPeriod toPeriod(BookingRow row);

    default UUID toUuid(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId toMemberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }

    default UUID toUuid(SharedResourceId id) {
        return id == null ? null : id.value();
    }

    default SharedResourceId toSharedResourceId(UUID id) {
        return id == null ? null : new SharedResourceId(id);
    }

    default UUID toUuid(BookingId id) {
        return id == null ? null : id.value();
    }

    default BookingId toBookingId(UUID id) {
        return id == null ? null : new BookingId(id);
    }
}
