package fr.ploucs.awareness.sessions.adapter.out.persistence;

import fr.ploucs.awareness.sessions.application.port.out.SessionLinksRepository;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionSpeaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requesters standing for partners ({@code requester.partner_id}) and speakers invited ({@code session_speaker}). */
@Component
class SessionLinksPersistenceAdapter implements SessionLinksRepository {

    private final JdbcClient jdbc;

    SessionLinksPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Requester> requesterOfPartner(UUID partnerId) {
        return jdbc.sql("select * from awareness.requester where partner_id = ?").param(partnerId)
                .query((rs, n) -> new Requester(new RequesterId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        RequesterKind.valueOf(rs.getString("kind")), rs.getString("contact")))
                .optional();
    }

    @Override
    public Requester saveForPartner(Requester requester, UUID partnerId) {
        jdbc.sql("""
                        insert into awareness.requester (id, name, kind, contact, partner_id)
                        values (:id, :name, :kind, :contact, :partner)
                        on conflict (id) do update set name = excluded.name, kind = excluded.kind""")
                .param("id", requester.id().value()).param("name", requester.name())
                .param("kind", requester.kind().name()).param("contact", requester.contact())
                .param("partner", partnerId).update();
        return requester;
    }

    @Override
    public boolean addSpeaker(SessionId sessionId, SessionSpeaker speaker) {
        return jdbc.sql("""
                        insert into awareness.session_speaker (session_id, speaker_id, speaker_name)
                        values (?, ?, ?) on conflict do nothing""")
                .params(sessionId.value(), speaker.speakerId(), speaker.name()).update() == 1;
    }

    @Override
    public List<SessionSpeaker> speakers(SessionId sessionId) {
        return jdbc.sql("select * from awareness.session_speaker where session_id = ? order by speaker_name")
                .param(sessionId.value())
                .query((rs, n) -> new SessionSpeaker(rs.getObject("speaker_id", UUID.class),
                        rs.getString("speaker_name")))
                .list();
    }

    @Override
    public void planTool(SessionId sessionId, String toolName) {
        jdbc.sql("update awareness.session set planned_tool = ? where id = ?").params(toolName, sessionId.value())
                .update();
    }

    @Override
    public Optional<String> plannedTool(SessionId sessionId) {
        return jdbc.sql("select planned_tool from awareness.session where id = ?").param(sessionId.value())
                .query(String.class).optional();
    }
}
