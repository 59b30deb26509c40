package fr.ploucs.cooperation.engagement.adapter.out.persistence;

import fr.ploucs.cooperation.engagement.application.port.out.EngagementLedger;
import fr.ploucs.cooperation.engagement.domain.CoachingSessionRevision;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger is a list of lines, so plain SQL serves it better than an aggregate repository: the unique key on
 * (source, source_reference, member_id) with ON CONFLICT DO NOTHING makes a replayed event a no-op, even when two
 * deliveries race; a coaching session's line is replaced only when the session's revision kept beside it grows.
 */
@Component
class EngagementLedgerAdapter implements EngagementLedger {

    private static final RowMapper<EngagementEntry> ENTRY = (rs, n) -> new EngagementEntry(
            rs.getObject("id", UUID.class),
            new MemberId(rs.getObject("member_id", UUID.class)),
            EngagementSource.valueOf(rs.getString("source")),
            rs.getString("source_reference"),
            rs.getObject("worked_on", LocalDate.class),
            rs.getBigDecimal("hours"),
            rs.getString("description"));

    private final JdbcClient jdbc;

    EngagementLedgerAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addUnlessPresent(EngagementEntry entry) {
        return jdbc.sql("""
                        insert into cooperation.engagement_entry
                            (id, member_id, source, source_reference, worked_on, hours, description)
                        values (:id, :member, :source, :reference, :on, :hours, :description)
                        on conflict (source, source_reference, member_id) do nothing""")
                .param("id", entry.id())
                .param("member", entry.memberId().value())
                .param("source", entry.source().name())
                .param("reference", entry.sourceReference())
                .param("on", entry.on())
                .param("hours", entry.hours())
                .param("description", entry.description())
                .update() == 1;
    }

    @Override
    public boolean keepIfNewer(CoachingSessionRevision state) {
        // Inserted when the session is new here, replaced only by a higher revision: the row lock taken by the
        // conflicting insert makes two deliveries of one revision apply it once.
        return jdbc.sql("""
                        insert into cooperation.coaching_session_revision
                            (session_id, revision, member_id, worked_on, hours, deleted)
                        values (:session, :revision, :member, :on, :hours, :deleted)
                        on conflict (session_id) do update
                            set revision = excluded.revision, member_id = excluded.member_id,
                                worked_on = excluded.worked_on, hours = excluded.hours, deleted = excluded.deleted,
                                applied_at = now()
                            where coaching_session_revision.revision < excluded.revision""")
                .param("session", state.sessionId())
                .param("revision", state.revision())
                .param("member", state.memberId().value())
                .param("on", state.on())
                .param("hours", state.hours())
                .param("deleted", state.deleted())
                .update() == 1;
    }

    @Override
    public List<EngagementEntry> entriesFrom(EngagementSource source, String sourceReference) {
        return jdbc.sql("""
                        select * from cooperation.engagement_entry
                        where source = :source and source_reference = :reference
                        order by recorded_at""")
                .param("source", source.name()).param("reference", sourceReference)
                .query(ENTRY).list();
    }

    @Override
    public void remove(EngagementEntry entry) {
        jdbc.sql("delete from cooperation.engagement_entry where id = ?").param(entry.id()).update();
    }

    @Override
    public List<EngagementEntry> entriesOf(MemberId member, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from cooperation.engagement_entry
                        where member_id = :member and worked_on between :from and :to
                        order by worked_on desc, recorded_at desc""")
                .param("member", member.value()).param("from", from).param("to", to)
                .query(ENTRY).list();
    }

    @Override
    public long countDormantSince(LocalDate quietSince) {
        // Reads the member registry's tables of the same schema (read only), so that the count is one query.
        return jdbc.sql("""
                        select count(*) from cooperation.member m
                        where m.status in ('ACTIVE', 'RETURNED')
                          and coalesce(
                                (select max(e.worked_on) from cooperation.engagement_entry e where e.member_id = m.id),
                                (select c.changed_on from cooperation.membership_change c where c.member_id = m.id
                                 order by c.position desc limit 1)) < :quietSince""")
                .param("quietSince", quietSince)
                .query(Long.class).single();
    }

    @Override
    public Map<MemberId, LocalDate> lastActivityByMember() {
        Map<MemberId, LocalDate> last = new HashMap<>();
        jdbc.sql("select member_id, max(worked_on) as last from cooperation.engagement_entry group by member_id")
                .query((rs, n) -> last.put(new MemberId(rs.getObject("member_id", UUID.class)),
                        rs.getObject("last", LocalDate.class)))
                .list();
        return last;
    }
}
