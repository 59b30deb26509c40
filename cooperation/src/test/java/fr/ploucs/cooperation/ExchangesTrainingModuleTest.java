package fr.ploucs.cooperation;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindPracticeExchangesQuery.ExchangeSearch;
import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.CancelRegistration;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.OpenProgramme;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RecordAttendance;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.Register;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RegistrationOutcome;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.ScheduleSession;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.RecordExchange;
import fr.ploucs.cooperation.exchanges.application.port.in.RecordPracticeExchangeUseCase.UpdateExchange;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.events.TrainingSessionScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice exchanges and the training programme in the cooperation module booted alone, against PostgreSQL. */
@ApplicationModuleTest
class ExchangesTrainingModuleTest {

    /** Every test opens its own programme in a year of its own: the years are unique. */
    private static final java.util.concurrent.atomic.AtomicInteger YEARS =
            new java.util.concurrent.atomic.AtomicInteger(2040);

    @Autowired
    private RegisterMemberUseCase registration;
    @Autowired
    private RecordPracticeExchangeUseCase exchanges;
    @Autowired
    private FindPracticeExchangesQuery findExchanges;
    @Autowired
    private ManageTrainingProgrammeUseCase training;
    @Autowired
    private FindTrainingQuery findTraining;
    @Autowired
    private EngagementQuery engagement;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private List<NavigationEntry> navigationEntries;

    @Test
    void a_practice_exchange_credits_each_attending_member_once_however_often_it_is_saved() {
        MemberId jardins = member("Les Jardins");
        MemberId ressourcerie = member("Ressourcerie");
        MemberId atelier = member("Atelier Vélo");
        LocalDate on = LocalDate.of(2025, 3, 14);
        PracticeExchangeId id = exchanges.record(new RecordExchange(details(on, jardins, Set.of(jardins, ressourcerie),
                "Nous avons comparé nos façons de mutualiser les salles.")));

        PracticeExchange stored = findExchanges.byId(id).orElseThrow();
        exchanges.update(new UpdateExchange(id, stored.getVersion(), details(on, jardins,
                Set.of(jardins, ressourcerie, atelier), "Nous avons comparé nos façons de mutualiser les salles.")));

        assertThat(hoursOf(jardins, 2025, id)).containsExactly(new BigDecimal("2.50"));
        assertThat(hoursOf(ressourcerie, 2025, id)).containsExactly(new BigDecimal("2.50"));
        assertThat(hoursOf(atelier, 2025, id)).as("credited when added").containsExactly(new BigDecimal("2.50"));
        assertThat(jdbc.sql("select count(*) from cooperation.engagement_entry where source_reference = ?")
                .param(id.toString()).query(Long.class).single()).isEqualTo(3L);

        assertThat(findExchanges.search(new ExchangeSearch("mutualisation", 2025, atelier)))
                .extracting(PracticeExchange::getId).containsExactly(id);
        assertThat(findExchanges.search(new ExchangeSearch("mutualisation", 2024, atelier))).isEmpty();
    }

    @Test
    void scheduling_a_session_publishes_it_for_the_coordinators(Scenario scenario) {
        TrainingProgrammeId programme = programme();
        int year = findTraining.programme(programme).orElseThrow().getYear();
        String title = "Comptabilité associative " + UUID.randomUUID().toString().substring(0, 6);

        scenario.stimulate(() -> training.schedule(new ScheduleSession(programme, session(title, year, 12))))
                .andWaitForEventOfType(TrainingSessionScheduled.class)
                .matching(scheduled -> scheduled.title().equals(title))
                .toArriveAndVerify((scheduled, id) -> {
                    assertThat(scheduled.sessionId()).isEqualTo(id.value());
                    assertThat(scheduled.date()).isEqualTo(LocalDate.of(year, 10, 6));
                    assertThat(scheduled.capacity()).isEqualTo(12);
                    assertThat(findTraining.session(id).orElseThrow().placesLeft()).isEqualTo(12);
                });
    }

    /**
     * Capacity N, N + 1 registrations arriving at the same moment, each in its own transaction through the
     * application service: exactly N get a place, the last one waits. The row lock on the session is what orders them.
     */
    @Test
    void of_capacity_plus_one_registrations_made_at_the_same_moment_exactly_capacity_get_a_place() throws Exception {
        int capacity = 4;
        MemberId jardins = member("Les Jardins");
        TrainingProgrammeId programme = programme();
        int year = findTraining.programme(programme).orElseThrow().getYear();
        ExecutorService threads = Executors.newFixedThreadPool(capacity + 1);
        try {
            for (int round = 0; round < 3; round++) {
                TrainingSessionId session = training.schedule(new ScheduleSession(programme,
                        session("Gouvernance partagée " + round, year, capacity)));
                CountDownLatch startGate = new CountDownLatch(1);
                List<Future<RegistrationOutcome>> attempts = new ArrayList<>();
                for (int person = 0; person <= capacity; person++) {
                    String name = "Personne " + person;
                    attempts.add(threads.submit(attempt(startGate, session, jardins, name)));
                }
                startGate.countDown();
                List<RegistrationOutcome> outcomes = new ArrayList<>();
                for (Future<RegistrationOutcome> attempt : attempts) {
                    outcomes.add(attempt.get(30, TimeUnit.SECONDS));
                }

                assertThat(outcomes.stream().filter(outcome -> !outcome.waiting())).as("places in round %d", round)
                        .hasSize(capacity);
                assertThat(jdbc.sql("""
                                select status, count(*) from cooperation.training_registration where session_id = ?
                                group by status""").param(session.value())
                        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                        .containsExactlyInAnyOrder(Map.entry("REGISTERED", (long) capacity), Map.entry("WAITING", 1L));
                assertThat(findTraining.session(session).orElseThrow().placesLeft()).isZero();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_cancelled_place_goes_to_the_waiting_list_and_attendance_credits_the_present_members_once() {
        MemberId jardins = member("Les Jardins");
        MemberId ressourcerie = member("Ressourcerie");
        MemberId atelier = member("Atelier Vélo");
        TrainingProgrammeId programme = programme();
        int year = findTraining.programme(programme).orElseThrow().getYear();
        // The programme's year is long past: attendance can be recorded.
        TrainingSessionId session = training.schedule(new ScheduleSession(programme, session("Bénévolat", year, 2)));
        RegistrationOutcome first = training.register(new Register(session, jardins, "Lou Martin"));
        RegistrationOutcome second = training.register(new Register(session, ressourcerie, "Sam Petit"));
        RegistrationOutcome third = training.register(new Register(session, atelier, "Alex Roux"));
        assertThat(third.waiting()).isTrue();

        training.cancel(new CancelRegistration(second.registrationId()));

        List<TrainingRegistration> registrations = findTraining.registrationsOf(session);
        assertThat(registrations).extracting(TrainingRegistration::getPersonName, TrainingRegistration::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lou Martin", RegistrationStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple("Alex Roux", RegistrationStatus.REGISTERED),
                        org.assertj.core.groups.Tuple.tuple("Sam Petit", RegistrationStatus.CANCELLED));

        Long version = findTraining.session(session).orElseThrow().session().getVersion();
        training.recordAttendance(new RecordAttendance(session, version, Map.of(
                first.registrationId(), Attendance.PRESENT, third.registrationId(), Attendance.ABSENT)));
        // Recorded again (a correction): Alex was there after all. Lou is not credited twice.
        Long after = findTraining.session(session).orElseThrow().session().getVersion();
        training.recordAttendance(new RecordAttendance(session, after, Map.of(
                first.registrationId(), Attendance.PRESENT, third.registrationId(), Attendance.PRESENT)));

        assertThat(trainingHoursOf(jardins, year, session)).containsExactly(new BigDecimal("3.50"));
        assertThat(trainingHoursOf(atelier, year, session)).containsExactly(new BigDecimal("3.50"));
        assertThat(trainingHoursOf(ressourcerie, year, session)).isEmpty();
    }

    @Test
    void coordinators_find_the_exchanges_and_the_training_programme_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("cooperation", "exchanges", "nav.cooperation.exchanges", "/cooperation/exchanges", 45),
                NavigationEntry.forCoordinators("cooperation", "exchanges", "nav.cooperation.training", "/cooperation/training", 45));
    }

    private Callable<RegistrationOutcome> attempt(CountDownLatch startGate, TrainingSessionId session, MemberId member,
                                                  String name) {
        return () -> {
            startGate.await();
            return training.register(new Register(session, member, name));
        };
    }

    private List<BigDecimal> hoursOf(MemberId member, int year, PracticeExchangeId exchange) {
        return engagement.contributionOf(member, year).entries().stream()
                .filter(entry -> entry.source() == EngagementSource.PRACTICE_EXCHANGE)
                .filter(entry -> entry.sourceReference().equals(exchange.toString()))
                .map(EngagementEntry::hours).collect(Collectors.toList());
    }

    private List<BigDecimal> trainingHoursOf(MemberId member, int year, TrainingSessionId session) {
        return engagement.contributionOf(member, year).entries().stream()
                .filter(entry -> entry.source() == EngagementSource.TRAINING)
                .filter(entry -> entry.sourceReference().equals(session.toString()))
                .map(EngagementEntry::hours).collect(Collectors.toList());
    }

    private static PracticeExchangeDetails details(LocalDate on, MemberId facilitator, Set<MemberId> attendees,
                                                   String notes) {
        return new PracticeExchangeDetails(on, "Mutualiser les locaux", "Camille Dupin", facilitator,
                new BigDecimal("2.5"), attendees, notes,
                List.of(new ExchangeLink("Compte rendu", "https://example.org/compte-rendu")));
    }

    private TrainingProgrammeId programme() {
        // Past years, one per programme (a year has one programme): attendance needs the session to be over.
        int year = 2000 + YEARS.getAndIncrement() % 25;
        return training.openProgramme(new OpenProgramme(year, "Programme " + year, "Se former entre membres"));
    }

    private static TrainingSessionDetails session(String title, int year, int capacity) {
        return new TrainingSessionDetails(title, LocalDate.of(year, 10, 6), LocalTime.of(9, 0), LocalTime.of(12, 30),
                "Morcenx-la-Nouvelle", "Dominique Laborde", capacity, "Une matinée pour apprendre ensemble");
    }

    private MemberId member(String name) {
        return registration.register(new RegisterMember(new MemberDetails(
                name + " " + UUID.randomUUID().toString().substring(0, 8), LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@example.org", null)),
                LocalDate.of(2024, 3, 12)));
    }
}
