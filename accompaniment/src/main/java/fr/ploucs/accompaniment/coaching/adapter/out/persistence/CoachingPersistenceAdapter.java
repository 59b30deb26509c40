package fr.ploucs.accompaniment.coaching.adapter.out.persistence;

import fr.ploucs.accompaniment.coaching.application.port.out.CoachingRepository;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Assignments and sessions in PostgreSQL. The project's row belongs to the projects feature, so changes to a
 * project's assignments are serialised with a transaction-scoped advisory lock on the project's id instead.
 */
@Component
class CoachingPersistenceAdapter implements CoachingRepository {

    private final AssignmentRowRepository assignments;
    private final CoachingSessionRowRepository sessions;
    private final CoachingPersistenceMapper mapper;
    private final JdbcClient jdbc;

    CoachingPersistenceAdapter(AssignmentRowRepository assignments, CoachingSessionRowRepository sessions,
                               CoachingPersistenceMapper mapper, JdbcClient jdbc) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Assignment save(Assignment assignment) {
        return mapper.toDomain(assignments.save(mapper.toRow(assignment)));
    }

    @Override
    public List<Assignment> lockAssignmentsOf(UUID projectId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "accompaniment.coaching:" + projectId).query().listOfRows();
        return assignmentsOf(projectId);
    }

    @Override
    public List<Assignment> assignmentsOf(UUID projectId) {
        return assignments.ofProject(projectId).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<Assignment> currentAssignmentsOf(MemberId memberId) {
        return assignments.currentOf(memberId.value()).stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<Assignment> currentAssignments() {
        return assignments.current().stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<Assignment> toReassign() {
        return assignments.toReassign().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Set<UUID> projectsCoachedBy(MemberId memberId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct project_id from accompaniment.coaching_assignment
                         where member_id = :member and until is null""")
                .param("member", memberId.value()).query(UUID.class).list());
    }

    @Override
    public Set<UUID> projectsWithACurrentCoach() {
        return new HashSet<>(jdbc.sql("select project_id from accompaniment.coaching_assignment where until is null")
                .query(UUID.class).list());
    }

    @Override
    public CoachingSession save(CoachingSession session) {
        return mapper.toDomain(sessions.save(mapper.toRow(session)));
    }

    @Override
    public Optional<CoachingSession> lockSession(CoachingSessionId id) {
        return sessions.lockById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<CoachingSession> findSession(CoachingSessionId id) {
        return sessions.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public java.math.BigDecimal hoursHeldFor(java.util.Collection<UUID> projectIds) {
        return jdbc.sql("""
                        select coalesce(sum(hours), 0) from accompaniment.coaching_session
                         where not deleted and project_id = any(:projects)""")
                .param("projects", projectIds.toArray(UUID[]::new))
                .query(java.math.BigDecimal.class).single();
    }

    @Override
    public List<CoachingSession> sessionsOf(UUID projectId) {
        return sessions.ofProject(projectId).stream().map(mapper::toDomain).toList();
    }
}
