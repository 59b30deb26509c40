package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

interface BookingRowRepository extends ListCrudRepository<BookingRow, UUID> {

    @Query("""
            select * from cooperation.booking
            where status = 'ACTIVE' and ends_at > :now
              and (cast(:resource as uuid) is null or resource_id = cast(:resource as uuid))
            order by starts_at, id
            limit :limit""")
    List<BookingRow> upcoming(UUID resource, Instant now, int limit);

    /** Active bookings overlapping [from, to): the same test as the exclusion constraint's. */
    @Query("""
            select * from cooperation.booking
            where status = 'ACTIVE' and starts_at < :to and ends_at > :from
              and (cast(:resource as uuid) is null or resource_id = cast(:resource as uuid))
            order by starts_at, id""")
    List<BookingRow> between(UUID resource, Instant from, Instant to);
}
