package fr.ploucs.cooperation;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.BookResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.CancelBooking;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.ShareResource;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.events.SharedResourceBooked;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Mutualisation in the cooperation module booted alone, against the real PostgreSQL. */
@ApplicationModuleTest
class MutualisationModuleTest {

    @Autowired
    private RegisterMemberUseCase registration;
    @Autowired
    private ShareResourceUseCase sharing;
    @Autowired
    private BookResourceUseCase booking;
    @Autowired
    private FindSharedResourcesQuery resources;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private List<NavigationEntry> navigationEntries;

    @Test
    void booking_a_resource_publishes_that_it_was_booked_for_the_coordinators(Scenario scenario) {
        MemberId jardins = member("Les Jardins");
        String kitName = unique("Jeu de rôle de l’ESS");
        SharedResourceId kit = kit(kitName, jardins);
        BookingPeriod period = daysAhead(3, 9, 12);

        scenario.stimulate(() -> booking.book(new BookResource(kit, jardins, period, "Collège de Morcenx")))
                .andWaitForEventOfType(SharedResourceBooked.class)
                .matching(booked -> booked.resourceName().equals(kitName))
                .toArriveAndVerify((booked, id) -> {
                    assertThat(booked.bookingId()).isEqualTo(id.value());
                    assertThat(booked.memberId()).isEqualTo(jardins);
                    assertThat(booked.memberName()).startsWith("Les Jardins");
                    assertThat(booked.startsAt()).isEqualTo(period.startsAt());
                    assertThat(booked.endsAt()).isEqualTo(period.endsAt());
                    BookingOverview stored = resources.booking(id).orElseThrow();
                    assertThat(stored.booking().getStatus()).isEqualTo(BookingStatus.ACTIVE);
                    assertThat(stored.resourceName()).isEqualTo(kitName);
                });
    }

    @Test
    void an_overlapping_booking_is_refused_naming_the_first_and_a_cancelled_one_frees_the_period() {
        MemberId jardins = member("Les Jardins");
        MemberId ressourcerie = member("Ressourcerie");
        SharedResourceId kit = kit(unique("Jeu"), jardins);
        BookingId first = booking.book(new BookResource(kit, jardins, daysAhead(4, 9, 12), "Collège"));

        assertThatExceptionOfType(ResourceAlreadyBooked.class)
                .isThrownBy(() -> booking.book(new BookResource(kit, ressourcerie, daysAhead(4, 11, 14), "Lycée")))
                .satisfies(conflict -> {
                    assertThat(conflict.conflicting().orElseThrow().getId()).isEqualTo(first);
                    assertThat(conflict.conflictingMemberName().orElseThrow()).startsWith("Les Jardins");
                });

        booking.cancel(new CancelBooking(first, 0L));
        BookingId second = booking.book(new BookResource(kit, ressourcerie, daysAhead(4, 11, 14), "Lycée"));

        assertThat(resources.upcomingBookings(kit, 10)).extracting(overview -> overview.booking().getId())
                .containsExactly(second);
        assertThat(resources.booking(first).orElseThrow().booking().getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }

    /**
     * Two coordinators book the same kit for overlapping periods at the same moment, each in its own transaction
     * through the application service. Nothing in Java stops them: the exclusion constraint does.
     */
    @Test
    void of_two_overlapping_bookings_made_at_the_same_moment_exactly_one_is_kept() throws Exception {
        MemberId jardins = member("Les Jardins");
        MemberId ressourcerie = member("Ressourcerie");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                SharedResourceId kit = kit(unique("Jeu"), jardins);
                CountDownLatch startGate = new CountDownLatch(1);
                List<Future<BookingId>> attempts = new ArrayList<>();
                attempts.add(threads.submit(attempt(startGate, kit, jardins, daysAhead(5, 9, 12))));
                attempts.add(threads.submit(attempt(startGate, kit, ressourcerie, daysAhead(5, 10, 13))));
                startGate.countDown();

                List<BookingId> kept = new ArrayList<>();
                List<Throwable> refused = new ArrayList<>();
                for (Future<BookingId> attempt : attempts) {
                    try {
                        kept.add(attempt.get(30, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        refused.add(e.getCause());
                    }
                }

                assertThat(kept).as("bookings kept in round %d", round).hasSize(1);
                assertThat(refused).as("bookings refused in round %d", round).singleElement()
                        .isInstanceOfSatisfying(ResourceAlreadyBooked.class, conflict ->
                                assertThat(conflict.conflicting().orElseThrow().getId()).isEqualTo(kept.get(0)));
                assertThat(jdbc.sql("select id from cooperation.booking where resource_id = ? and status = 'ACTIVE'")
                        .param(kit.value()).query(UUID.class).list()).containsExactly(kept.get(0).value());
                assertThat(jdbc.sql("select count(*) from cooperation.booking where resource_id = ?")
                        .param(kit.value()).query(Long.class).single()).isEqualTo(1L);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void coordinators_find_the_resources_and_the_calendar_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.resources", "/cooperation/resources", 40),
                NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.bookings", "/cooperation/bookings", 40));
    }

    private Callable<BookingId> attempt(CountDownLatch startGate, SharedResourceId kit, MemberId member,
                                        BookingPeriod period) {
        return () -> {
            startGate.await();
            return booking.book(new BookResource(kit, member, period, "Animation"));
        };
    }

    /** A period {@code days} from now, from {@code fromHour} to {@code toHour} (UTC hours of that day). */
    private static BookingPeriod daysAhead(int days, int fromHour, int toHour) {
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(days, ChronoUnit.DAYS);
        return new BookingPeriod(day.plus(fromHour, ChronoUnit.HOURS), day.plus(toHour, ChronoUnit.HOURS));
    }

    private SharedResourceId kit(String name, MemberId owner) {
        return sharing.share(new ShareResource(new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT, name,
                "Le jeu de rôle créé par les membres en résidence", "Morcenx-la-Nouvelle", owner)));
    }

    private MemberId member(String name) {
        return registration.register(new RegisterMember(new MemberDetails(unique(name), LegalForm.SCIC, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@example.org", null)),
                LocalDate.of(2024, 3, 12)));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
