package fr.ploucs.awareness.sessions.adapter.out.persistence;

import fr.ploucs.awareness.sessions.application.port.out.SessionRepository;
import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.awareness.sessions.domain.Facilitation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sessions in PostgreSQL, read and written with SQL: the session's row (audiences as a text array, so the reach
 * indicators count them in SQL) and its facilitations' rows, replaced as a whole with the session. The version
 * column guards against overwriting a change saved meanwhile.
 */
@Component
class SessionPersistenceAdapter implements SessionRepository {

    private static final String SELECT = "select * from awareness.session s ";

    private final JdbcClient jdbc;

    SessionPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Requester save(Requester requester) {
        jdbc.sql("""
                        insert into awareness.requester (id, name, kind, contact) values (:id, :name, :kind, :contact)
                        on conflict (id) do update set name = excluded.name, kind = excluded.kind,
                                                       contact = excluded.contact""")
                .param("id", requester.id().value()).param("name", requester.name())
                .param("kind", requester.kind().name()).param("contact", requester.contact()).update();
        return requester;
    }

    @Override
    public Optional<Requester> findRequester(RequesterId id) {
        return jdbc.sql("select * from awareness.requester where id = ?").param(id.value())
                .query(SessionPersistenceAdapter::requester).optional();
    }

    @Override
    public List<Requester> requesters() {
        return jdbc.sql("select * from awareness.requester order by lower(name), id")
                .query(SessionPersistenceAdapter::requester).list();
    }

    @Override
    public AwarenessSession save(AwarenessSession session) {
        long version;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", session.getId().value());
        params.put("requester", session.getRequesterId().value());
        params.put("title", session.getTitle());
        params.put("date", session.getDate());
        params.put("commune", session.getCommuneCode());
        params.put("audiences", "{" + String.join(",", session.getAudiences().stream().map(Enum::name).sorted().toList()) + "}");
        params.put("expected", session.getExpectedParticipants());
        params.put("actual", session.getActualParticipants());
        params.put("tool", session.getToolUsed());
        params.put("status", session.getStatus().name());
        params.put("reason", session.getCancellationReason());
        params.put("feedback", session.getEvaluation() == null ? null : session.getEvaluation().participantsFeedback());
        params.put("notes", session.getEvaluation() == null ? null : session.getEvaluation().facilitatorNotes());
        params.put("needsFacilitator", session.isNeedsFacilitator());
        if (session.getVersion() == null) {
            version = 0;
            jdbc.sql("""
                            insert into awareness.session (id, requester_id, title, date, commune_code, audiences,
                                expected_participants, actual_participants, tool_used, status, cancellation_reason,
                                participants_feedback, facilitator_notes, needs_facilitator, version)
                            values (:id, :requester, :title, :date, :commune, cast(:audiences as text[]), :expected, :actual, :tool,
                                :status, :reason, :feedback, :notes, :needsFacilitator, 0)""")
                    .params(params).update();
        } else {
            version = session.getVersion() + 1;
            params.put("version", session.getVersion());
            int updated = jdbc.sql("""
                            update awareness.session set title = :title, date = :date, commune_code = :commune,
                                audiences = cast(:audiences as text[]), expected_participants = :expected,
                                actual_participants = :actual, tool_used = :tool, status = :status,
                                cancellation_reason = :reason, participants_feedback = :feedback,
                                facilitator_notes = :notes, needs_facilitator = :needsFacilitator,
                                version = version + 1
                             where id = :id and version = :version""")
                    .params(params).update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("session " + session.getId() + " changed meanwhile");
            }
            jdbc.sql("delete from awareness.session_facilitation where session_id = ?")
                    .param(session.getId().value()).update();
        }
        int position = 0;
        for (Facilitation facilitation : session.getFacilitations()) {
            jdbc.sql("""
                            insert into awareness.session_facilitation (session_id, position, responsibility_id,
                                member_id, member_name, person_name, person_email, hours)
                            values (:session, :position, :responsibility, :member, :memberName, :person, :email,
                                :hours)""")
                    .param("session", session.getId().value()).param("position", position++)
                    .param("responsibility", facilitation.responsibilityId())
                    .param("member", facilitation.memberId().value()).param("memberName", facilitation.memberName())
                    .param("person", facilitation.personName()).param("email", facilitation.personEmail())
                    .param("hours", facilitation.hours()).update();
        }
        return find(session.getId()).filter(stored -> stored.getVersion() == version)
                .orElseThrow(() -> new IllegalStateException("session " + session.getId() + " not stored"));
    }

    @Override
    public Optional<AwarenessSession> lock(SessionId id) {
        return withFacilitations(jdbc.sql(SELECT + "where id = ? for update").param(id.value())
                .query(SessionPersistenceAdapter::session).list()).stream().findFirst();
    }

    @Override
    public Optional<AwarenessSession> find(SessionId id) {
        return withFacilitations(jdbc.sql(SELECT + "where id = ?").param(id.value())
                .query(SessionPersistenceAdapter::session).list()).stream().findFirst();
    }

    @Override
    public List<AwarenessSession> all() {
        return withFacilitations(jdbc.sql(SELECT + "order by date desc, id")
                .query(SessionPersistenceAdapter::session).list());
    }

    @Override
    public List<AwarenessSession> facilitatedBy(MemberId memberId) {
        return withFacilitations(jdbc.sql(SELECT + """
                        where exists (select 1 from awareness.session_facilitation f
                                       where f.session_id = s.id and f.member_id = ?)
                        order by date desc, id""")
                .param(memberId.value()).query(SessionPersistenceAdapter::session).list());
    }

    @Override
    public List<AwarenessSession> lockScheduledFacilitatedBy(MemberId memberId) {
        return withFacilitations(jdbc.sql(SELECT + """
                        where status = 'SCHEDULED'
                          and exists (select 1 from awareness.session_facilitation f
                                       where f.session_id = s.id and f.member_id = ?)
                        order by id for update""")
                .param(memberId.value()).query(SessionPersistenceAdapter::session).list());
    }

    @Override
    public List<AwarenessSession> needingFacilitator() {
        return withFacilitations(jdbc.sql(SELECT + "where needs_facilitator order by date, id")
                .query(SessionPersistenceAdapter::session).list());
    }

    /** The session rows read, each given its facilitations in one more query. */
    private List<AwarenessSession> withFacilitations(List<SessionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Facilitation>> facilitations = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from awareness.session_facilitation where session_id in (:ids)
                         order by session_id, position""")
                .param("ids", rows.stream().map(SessionRow::id).toList())
                .query((rs, n) -> {
                    facilitations.computeIfAbsent(rs.getObject("session_id", UUID.class), id -> new ArrayList<>())
                            .add(new Facilitation(rs.getObject("responsibility_id", UUID.class),
                                    new MemberId(rs.getObject("member_id", UUID.class)), rs.getString("member_name"),
                                    rs.getString("person_name"), rs.getString("person_email"),
                                    rs.getBigDecimal("hours")));
                    return null;
                }).list();
        return rows.stream().map(row -> row.toDomain(facilitations.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Requester requester(ResultSet rs, int n) throws SQLException {
        return new Requester(new RequesterId(rs.getObject("id", UUID.class)), rs.getString("name"),
                RequesterKind.valueOf(rs.getString("kind")), rs.getString("contact"));
    }

    private static SessionRow session(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("audiences");
        Set<AudienceType> audiences = EnumSet.noneOf(AudienceType.class);
        Arrays.stream((String[]) array.getArray()).map(AudienceType::valueOf).forEach(audiences::add);
        String feedback = rs.getString("participants_feedback");
        String notes = rs.getString("facilitator_notes");
        return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("requester_id", UUID.class),
                rs.getString("title"), rs.getObject("date", java.time.LocalDate.class), rs.getString("commune_code"),
                audiences, rs.getInt("expected_participants"), rs.getObject("actual_participants", Integer.class),
                rs.getString("tool_used"), SessionStatus.valueOf(rs.getString("status")),
                rs.getString("cancellation_reason"),
                feedback == null && notes == null ? null : new Evaluation(feedback, notes),
                rs.getBoolean("needs_facilitator"), rs.getLong("version"));
    }

    private record SessionRow(UUID id, UUID requesterId, String title, java.time.LocalDate date, String communeCode,
                              Set<AudienceType> audiences, int expected, Integer actual, String tool,
                              SessionStatus status, String reason, Evaluation evaluation, boolean needsFacilitator,
                              long version) {

        AwarenessSession toDomain(List<Facilitation> facilitations) {
            return new AwarenessSession(new SessionId(id), new RequesterId(requesterId), title, date, communeCode,
                    audiences, expected, actual, facilitations, tool, status, reason, evaluation, needsFacilitator,
                    version);
        }
    }
}
