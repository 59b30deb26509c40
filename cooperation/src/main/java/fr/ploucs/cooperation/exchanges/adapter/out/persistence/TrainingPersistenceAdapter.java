package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import fr.ploucs.cooperation.exchanges.application.port.out.TrainingRepository;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The training programme in PostgreSQL. {@link #lockSession} reads the session with {@code SELECT ... FOR UPDATE}.
 * Inserts that a unique index may refuse run under a savepoint, so that the surrounding transaction survives the
 * refusal and the coordinator gets the reason.
 */
@Component
class TrainingPersistenceAdapter implements TrainingRepository {

    private final TrainingProgrammeRowRepository programmes;
    private final TrainingSessionRowRepository sessions;
    private final TrainingRegistrationRowRepository registrations;
    private final ExchangesTrainingPersistenceMapper mapper;
    private final JdbcClient jdbc;
    private final TransactionTemplate underSavepoint;

    TrainingPersistenceAdapter(TrainingProgrammeRowRepository programmes, TrainingSessionRowRepository sessions,
                               TrainingRegistrationRowRepository registrations,
                               ExchangesTrainingPersistenceMapper mapper, JdbcClient jdbc,
                               PlatformTransactionManager transactions) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.registrations = registrations;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.underSavepoint = new TransactionTemplate(transactions);
        this.underSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Optional<TrainingProgramme> findProgramme(TrainingProgrammeId id) {
        return programmes.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<TrainingProgramme> findProgrammeOf(int year) {
        return programmes.findByYear(year).map(mapper::toDomain);
    }

    @Override
    public TrainingProgramme save(TrainingProgramme programme) {
        try {
            TrainingProgrammeRow stored = underSavepoint.execute(status -> programmes.save(mapper.toRow(programme)));
            return mapper.toDomain(stored);
        } catch (OptimisticLockingFailureException e) {
            throw new TrainingChangedMeanwhile(programme.getId());
        } catch (DuplicateKeyException e) {
            throw new TrainingRuleViolation("year", "training.programme.year.taken");
        }
    }

    @Override
    public List<Integer> programmeYears() {
        return programmes.years();
    }

    @Override
    public Optional<TrainingSession> findSession(TrainingSessionId id) {
        return sessions.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<TrainingSession> lockSession(TrainingSessionId id) {
        return sessions.lockById(id.value()).map(mapper::toDomain);
    }

    @Override
    public TrainingSession save(TrainingSession session) {
        try {
            return mapper.toDomain(sessions.save(mapper.toRow(session)));
        } catch (OptimisticLockingFailureException e) {
            throw new TrainingChangedMeanwhile(session.getId());
        }
    }

    @Override
    public List<TrainingSession> sessionsOf(TrainingProgrammeId programme) {
        return sessions.ofProgramme(programme.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public Map<TrainingSessionId, Map<RegistrationStatus, Integer>> countsOf(TrainingProgrammeId programme) {
        Map<TrainingSessionId, Map<RegistrationStatus, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                        select r.session_id, r.status, count(*) as n
                        from cooperation.training_registration r
                        join cooperation.training_session s on s.id = r.session_id
                        where s.programme_id = :programme
                        group by r.session_id, r.status""")
                .param("programme", programme.value())
                .query((rs, row) -> {
                    counts.computeIfAbsent(new TrainingSessionId(rs.getObject("session_id", UUID.class)),
                                    id -> new EnumMap<>(RegistrationStatus.class))
                            .put(RegistrationStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                    return null;
                })
                .list();
        return counts;
    }

    @Override
    public int count(TrainingSessionId session, RegistrationStatus status) {
        return registrations.count(session.value(), status.name());
    }

    @Override
    public Optional<TrainingRegistration> findRegistration(TrainingRegistrationId id) {
        return registrations.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<TrainingRegistration> registrationsOf(TrainingSessionId session) {
        return registrations.ofSession(session.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public TrainingRegistration save(TrainingRegistration registration) {
        try {
            TrainingRegistrationRow stored =
                    underSavepoint.execute(status -> registrations.save(mapper.toRow(registration)));
            return mapper.toDomain(stored);
        } catch (OptimisticLockingFailureException e) {
            throw new TrainingChangedMeanwhile(registration.getId());
        } catch (DuplicateKeyException e) {
            throw new TrainingRuleViolation("personName", "training.registration.duplicate");
        }
    }
}
