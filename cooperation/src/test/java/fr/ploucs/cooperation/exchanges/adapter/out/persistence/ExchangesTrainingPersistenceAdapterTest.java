package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceAdapter;
import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceMapperImpl;

import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Practice exchanges and the training programme in the real PostgreSQL, migrated by the module's Flyway scripts. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({MemberPersistenceAdapter.class, MemberPersistenceMapperImpl.class, PracticeExchangePersistenceAdapter.class,
        TrainingPersistenceAdapter.class, ExchangesTrainingPersistenceMapperImpl.class})
class ExchangesTrainingPersistenceAdapterTest {

    @Autowired
    private MemberPersistenceAdapter members;
    @Autowired
    private PracticeExchangePersistenceAdapter exchanges;
    @Autowired
    private TrainingPersistenceAdapter training;
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
    void an_exchange_round_trips_with_its_attendees_and_links_and_its_version_moves_on() {
        PracticeExchange stored = exchanges.save(PracticeExchange.record(PracticeExchangeId.newId(),
                details(LocalDate.of(2026, 3, 14), "Mutualiser les locaux", "Conventions d’occupation " + token,
                        Set.of(jardins, ressourcerie))));
        assertThat(stored.getVersion()).isZero();

        PracticeExchange read = exchanges.findById(stored.getId()).orElseThrow();
        assertThat(read.getDetails()).isEqualTo(stored.getDetails());
        assertThat(read.getDetails().hours()).isEqualByComparingTo("2.5");
        assertThat(read.getDetails().links()).containsExactly(new ExchangeLink("Compte rendu", "https://example.org/cr"),
                new ExchangeLink("Diaporama", "http://example.org/d"));

        read.update(details(LocalDate.of(2026, 3, 14), "Mutualiser les locaux", null, Set.of(jardins)));
        PracticeExchange updated = exchanges.save(read);
        assertThat(updated.getVersion()).isEqualTo(1L);
        assertThat(exchanges.findById(stored.getId()).orElseThrow().getDetails().attendees()).containsExactly(jardins);

        assertThatExceptionOfType(PracticeExchangeChangedMeanwhile.class).isThrownBy(() -> exchanges.save(stored));
    }

    @Test
    void the_search_stems_french_words_of_the_topic_and_notes_and_filters_by_year_and_attendee() {
        PracticeExchangeId salles = exchanges.save(PracticeExchange.record(PracticeExchangeId.newId(),
                details(LocalDate.of(2026, 3, 14), "Locaux partagés " + token,
                        "Nous voulons mutualiser davantage les salles communales.", Set.of(jardins, ressourcerie)))).getId();
        PracticeExchangeId benevoles = exchanges.save(PracticeExchange.record(PracticeExchangeId.newId(),
                details(LocalDate.of(2025, 6, 2), "Accueil des bénévoles " + token, "La mutualisation des plannings.",
                        Set.of(jardins)))).getId();

        assertThat(ids(exchanges.search("mutualisation " + token, null, null))).containsExactly(salles, benevoles);
        assertThat(ids(exchanges.search("communale " + token, null, null))).containsExactly(salles);
        assertThat(ids(exchanges.search("bénévole " + token, null, null))).containsExactly(benevoles);
        assertThat(ids(exchanges.search(token, 2025, null))).containsExactly(benevoles);
        assertThat(ids(exchanges.search(token, null, ressourcerie))).containsExactly(salles);
        assertThat(ids(exchanges.search(token + " \"jardin potager\" -salles or", null, null))).isEmpty();
        assertThat(exchanges.years()).contains(2026, 2025);
    }

    @Test
    void the_migration_made_a_gin_index_for_the_search() {
        assertThat(jdbc.sql("""
                        select indexdef from pg_indexes
                        where schemaname = 'cooperation' and indexname = 'practice_exchange_search_idx'""")
                .query(String.class).single()).contains("USING gin").contains("to_tsvector('french'");
    }

    @Test
    void a_year_has_one_programme_and_sessions_and_registrations_round_trip() {
        int year = 2030 + Math.floorMod(token.hashCode(), 60);
        TrainingProgramme programme = training.save(TrainingProgramme.open(TrainingProgrammeId.newId(), year,
                "Programme " + year, null));
        assertThatExceptionOfType(TrainingRuleViolation.class).isThrownBy(() -> training.save(
                        TrainingProgramme.open(TrainingProgrammeId.newId(), year, "Doublon", null)))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.programme.year.taken");

        TrainingSession session = training.save(TrainingSession.schedule(TrainingSessionId.newId(), programme,
                new TrainingSessionDetails("Comptabilité", LocalDate.of(year, 10, 6), LocalTime.of(9, 0),
                        LocalTime.of(12, 30), "Ygos", "Dominique", 2, "Le matin")));
        assertThat(training.lockSession(session.getId()).orElseThrow().getDetails()).isEqualTo(session.getDetails());
        assertThat(training.findProgrammeOf(year).orElseThrow().getId()).isEqualTo(programme.getId());

        Instant now = Instant.parse("2026-09-01T10:00:00Z");
        TrainingRegistration lou = training.save(TrainingRegistration.register(TrainingRegistrationId.newId(),
                session, jardins, "Lou Martin", 0, now));
        training.save(TrainingRegistration.register(TrainingRegistrationId.newId(), session, ressourcerie, "Sam",
                2, now.plusSeconds(1)));
        assertThatExceptionOfType(TrainingRuleViolation.class).isThrownBy(() -> training.save(
                        TrainingRegistration.register(TrainingRegistrationId.newId(), session, jardins, "lou martin", 1, now)))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.registration.duplicate");

        assertThat(training.count(session.getId(), RegistrationStatus.REGISTERED)).isEqualTo(1);
        assertThat(training.countsOf(programme.getId()).get(session.getId()))
                .containsEntry(RegistrationStatus.REGISTERED, 1).containsEntry(RegistrationStatus.WAITING, 1);
        assertThat(training.registrationsOf(session.getId())).extracting(TrainingRegistration::getPersonName)
                .containsExactly("Lou Martin", "Sam");

        session.recordAttendance(LocalDate.of(year, 10, 6));
        training.save(session);
        assertThatExceptionOfType(TrainingChangedMeanwhile.class).isThrownBy(() -> training.save(session));
        assertThat(training.findRegistration(lou.getId()).orElseThrow().getVersion()).isZero();
    }

    @Test
    void the_database_refuses_a_session_without_places() {
        assertThat(jdbc.sql("""
                        select pg_get_constraintdef(oid) from pg_constraint
                        where conrelid = 'cooperation.training_session'::regclass and contype = 'c'""")
                .query(String.class).list()).anyMatch(definition -> definition.contains("capacity >= 1"));
    }

    private static List<PracticeExchangeId> ids(List<PracticeExchange> found) {
        return found.stream().map(PracticeExchange::getId).toList();
    }

    private PracticeExchangeDetails details(LocalDate on, String topic, String notes, Set<MemberId> attendees) {
        return new PracticeExchangeDetails(on, topic, "Camille Dupin", jardins, new BigDecimal("2.50"), attendees,
                notes, List.of(new ExchangeLink("Compte rendu", "https://example.org/cr"),
                new ExchangeLink("Diaporama", "http://example.org/d")));
    }

    private MemberId member(String name) {
        Member member = Member.register(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null,
                "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@example.org", null)),
                LocalDate.of(2024, 3, 12));
        return members.save(member).getId();
    }
}
