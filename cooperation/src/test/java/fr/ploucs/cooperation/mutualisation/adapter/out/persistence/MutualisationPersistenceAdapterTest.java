package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceAdapter;
import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceMapperImpl;

import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Shared resources and bookings in the real PostgreSQL, migrated by the module's Flyway scripts. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({MemberPersistenceAdapter.class, MemberPersistenceMapperImpl.class, SharedResourcePersistenceAdapter.class,
        BookingPersistenceAdapter.class, MutualisationPersistenceMapperImpl.class})
class MutualisationPersistenceAdapterTest {

    @Autowired
    private MemberPersistenceAdapter members;
    @Autowired
    private SharedResourcePersistenceAdapter resources;
    @Autowired
    private BookingPersistenceAdapter bookings;
    @Autowired
    private JdbcClient jdbc;

    private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);
    private MemberId jardins;
    private MemberId ressourcerie;

    @BeforeEach
    void twoMembers() {
        jardins = member("Les Jardins " + token);
        ressourcerie = member("Ressourcerie " + token);
    }

    @Test
    void the_migration_installed_btree_gist_and_the_exclusion_constraint() {
        assertThat(jdbc.sql("select count(*) from pg_extension where extname = 'btree_gist'").query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("""
                        select contype from pg_constraint
                        where conname = 'booking_no_overlap' and conrelid = 'cooperation.booking'::regclass""")
                .query(String.class).single()).isEqualTo("x");
    }

    @Test
    void a_resource_round_trips_and_its_version_moves_on() {
        SharedResource kit = SharedResource.share(SharedResourceId.newId(), new SharedResourceDetails(
                ResourceKind.EDUCATIONAL_KIT, "Jeu de rôle de l’ESS " + token, "Créé en résidence", "Morcenx-la-Nouvelle",
                jardins));

        SharedResource saved = resources.save(kit);

        SharedResource found = resources.findById(kit.getId()).orElseThrow();
        assertThat(found.getDetails()).isEqualTo(kit.getDetails());
        assertThat(found.isActive()).isTrue();
        assertThat(found.getVersion()).isEqualTo(saved.getVersion()).isZero();
        Map<String, Object> row = jdbc.sql("select * from cooperation.shared_resource where id = ?")
                .param(kit.getId().value()).query().singleRow();
        assertThat(row).containsEntry("kind", "EDUCATIONAL_KIT").containsEntry("owner_id", jardins.value())
                .containsEntry("location", "Morcenx-la-Nouvelle").containsEntry("active", true);

        found.update(new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT, "Jeu de rôle " + token, null,
                "Ygos-Saint-Saturnin", ressourcerie), false);
        SharedResource updated = resources.save(found);

        assertThat(updated.getVersion()).isEqualTo(1L);
        SharedResource reloaded = resources.findById(kit.getId()).orElseThrow();
        assertThat(reloaded.isActive()).isFalse();
        assertThat(reloaded.getDetails().description()).isNull();
        assertThat(reloaded.getDetails().owner()).isEqualTo(ressourcerie);
        assertThat(resources.findById(SharedResourceId.newId())).isEmpty();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void saving_a_resource_read_before_someone_else_saved_it_fails() {
        SharedResource saved = resources.save(resource(ResourceKind.ROOM, "Salle " + token));
        SharedResource mine = resources.findById(saved.getId()).orElseThrow();
        SharedResource theirs = resources.findById(saved.getId()).orElseThrow();
        theirs.update(theirs.getDetails(), false);
        resources.save(theirs);

        assertThatExceptionOfType(SharedResourceChangedMeanwhile.class).isThrownBy(() -> resources.save(mine));

        assertThat(resources.findById(saved.getId()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void lists_resources_by_name_of_one_kind_or_of_all() {
        SharedResource salle = resources.save(resource(ResourceKind.ROOM, "Salle " + token));
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        SharedResource camion = resources.save(resource(ResourceKind.VEHICLE, "camion " + token));

        assertThat(resources.list(ResourceKind.ROOM)).extracting(SharedResource::getId).contains(salle.getId())
                .doesNotContain(kit.getId(), camion.getId());
        assertThat(resources.list(ResourceKind.ROOM)).extracting(r -> r.getDetails().kind())
                .containsOnly(ResourceKind.ROOM);
        assertThat(resources.list(null).stream().filter(r -> r.getDetails().name().endsWith(token))
                .map(r -> r.getDetails().name()))
                .containsExactly("camion " + token, "Jeu " + token, "Salle " + token);
    }

    @Test
    void a_booking_round_trips_to_the_second_across_a_change_of_clocks() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        // The night France moves to summer time.
        Instant start = OffsetDateTime.of(2027, 3, 28, 1, 30, 0, 0, ZoneOffset.ofHours(1)).toInstant();
        Instant end = OffsetDateTime.of(2027, 3, 28, 4, 15, 0, 0, ZoneOffset.ofHours(2)).toInstant();
        Booking booking = book(kit, jardins, start, end);

        Booking saved = bookings.save(booking);

        Booking found = bookings.findById(booking.getId()).orElseThrow();
        assertThat(found.getPeriod()).isEqualTo(new BookingPeriod(start, end));
        assertThat(found.getResourceId()).isEqualTo(kit.getId());
        assertThat(found.getMemberId()).isEqualTo(jardins);
        assertThat(found.getPurpose()).isEqualTo("Animation");
        assertThat(found.getStatus()).isEqualTo(BookingStatus.ACTIVE);
        assertThat(found.getVersion()).isEqualTo(saved.getVersion()).isZero();
        assertThat(jdbc.sql("select extract(epoch from ends_at - starts_at) from cooperation.booking where id = ?")
                .param(booking.getId().value()).query(Double.class).single()).isEqualTo(105 * 60.0);
    }

    @Test
    void an_overlapping_active_booking_is_refused_naming_the_one_in_the_way_and_the_transaction_goes_on() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        Booking first = bookings.save(book(kit, jardins, at(10), at(12)));

        assertThatExceptionOfType(ResourceAlreadyBooked.class)
                .isThrownBy(() -> bookings.save(book(kit, ressourcerie, at(11), at(13))))
                .satisfies(conflict -> {
                    assertThat(conflict.conflicting()).isPresent();
                    assertThat(conflict.conflicting().get().getId()).isEqualTo(first.getId());
                    assertThat(conflict.conflicting().get().getPeriod()).isEqualTo(first.getPeriod());
                });

        // Still inside this test's transaction: only the failed insert was rolled back, to its savepoint.
        assertThat(activeBookingsOf(kit)).isEqualTo(1L);
    }

    @Test
    void back_to_back_bookings_and_bookings_of_another_resource_are_accepted() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        SharedResource salle = resources.save(resource(ResourceKind.ROOM, "Salle " + token));
        bookings.save(book(kit, jardins, at(10), at(12)));

        bookings.save(book(kit, ressourcerie, at(12), at(14)));
        bookings.save(book(kit, ressourcerie, at(8), at(10)));
        bookings.save(book(salle, ressourcerie, at(10), at(12)));

        assertThat(activeBookingsOf(kit)).isEqualTo(3L);
        assertThat(activeBookingsOf(salle)).isEqualTo(1L);
    }

    @Test
    void a_cancelled_booking_is_kept_and_no_longer_holds_its_period() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        Booking first = bookings.save(book(kit, jardins, at(10), at(12)));

        first.cancel();
        Booking cancelled = bookings.save(first);
        bookings.save(book(kit, ressourcerie, at(10), at(12)));

        assertThat(cancelled.getVersion()).isEqualTo(1L);
        assertThat(bookings.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(jdbc.sql("select status from cooperation.booking where resource_id = ? order by status")
                .param(kit.getId().value()).query(String.class).list()).containsExactly("ACTIVE", "CANCELLED");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void cancelling_a_booking_read_before_someone_else_cancelled_it_fails() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        Booking saved = bookings.save(book(kit, jardins, at(10), at(12)));
        Booking mine = bookings.findById(saved.getId()).orElseThrow();
        Booking theirs = bookings.findById(saved.getId()).orElseThrow();
        theirs.cancel();
        bookings.save(theirs);

        mine.cancel();
        assertThatExceptionOfType(BookingChangedMeanwhile.class).isThrownBy(() -> bookings.save(mine));
        assertThat(bookings.findById(saved.getId()).orElseThrow().getVersion()).isEqualTo(1L);
    }

    @Test
    void finds_upcoming_bookings_and_those_of_a_period_active_only_by_start() {
        SharedResource kit = resources.save(resource(ResourceKind.EDUCATIONAL_KIT, "Jeu " + token));
        SharedResource salle = resources.save(resource(ResourceKind.ROOM, "Salle " + token));
        Booking past = bookings.save(book(kit, jardins, at(6), at(7)));
        Booking later = bookings.save(book(kit, jardins, at(14), at(16)));
        Booking soon = bookings.save(book(kit, ressourcerie, at(9), at(11)));
        Booking elsewhere = bookings.save(book(salle, ressourcerie, at(9), at(11)));
        Booking cancelled = book(kit, jardins, at(12), at(13));
        cancelled = bookings.save(cancelled);
        cancelled.cancel();
        bookings.save(cancelled);

        assertThat(bookings.upcoming(kit.getId(), at(8), 10)).extracting(Booking::getId)
                .containsExactly(soon.getId(), later.getId());
        assertThat(bookings.upcoming(kit.getId(), at(8), 1)).extracting(Booking::getId).containsExactly(soon.getId());
        assertThat(bookings.upcoming(null, at(8), 1000)).extracting(Booking::getId)
                .contains(soon.getId(), later.getId(), elsewhere.getId()).doesNotContain(past.getId(), cancelled.getId());

        assertThat(bookings.between(kit.getId(), at(7), at(12))).extracting(Booking::getId)
                .containsExactly(soon.getId());
        assertThat(bookings.between(kit.getId(), at(0), at(24))).extracting(Booking::getId)
                .containsExactly(past.getId(), soon.getId(), later.getId());
        assertThat(bookings.between(null, at(10), at(10).plusSeconds(60))).extracting(Booking::getId)
                .contains(soon.getId(), elsewhere.getId()).doesNotContain(later.getId());
    }

    private long activeBookingsOf(SharedResource resource) {
        return jdbc.sql("select count(*) from cooperation.booking where resource_id = ? and status = 'ACTIVE'")
                .param(resource.getId().value()).query(Long.class).single();
    }

    /** An hour of a day far enough ahead not to be past. */
    private static Instant at(int hour) {
        return OffsetDateTime.of(2030, 6, 12, 0, 0, 0, 0, ZoneOffset.ofHours(2)).plusHours(hour).toInstant();
    }

    private static Booking book(SharedResource resource, MemberId member, Instant start, Instant end) {
        return Booking.book(BookingId.newId(), resource.getId(), member, new BookingPeriod(start, end), "Animation",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private SharedResource resource(ResourceKind kind, String name) {
        return SharedResource.share(SharedResourceId.newId(),
                new SharedResourceDetails(kind, name, null, "Morcenx-la-Nouvelle", jardins));
    }

    private MemberId member(String name) {
        return members.save(Member.register(MemberId.newId(), new MemberDetails(name, LegalForm.SCOP, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@example.org", null)),
                LocalDate.of(2024, 3, 12))).getId();
    }

}
