package fr.ploucs.cooperation.payments.adapter.out.persistence;

import fr.ploucs.cooperation.payments.application.port.out.CoachingCharges;
import fr.ploucs.cooperation.payments.domain.CoachingCharge;
import fr.ploucs.cooperation.payments.domain.CoachingEnvelope;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Coaching charges and the grants' coaching envelopes, read from the funding tables of the same schema. */
@Component
class CoachingChargesAdapter implements CoachingCharges {

    /** One lock for all envelopes: charging is rare, and a single lock cannot deadlock. */
    private static final long ENVELOPES_LOCK = 0x504C4F554353L;

    private static final RowMapper<CoachingCharge> CHARGE = (rs, n) -> new CoachingCharge(
            rs.getObject("id", UUID.class),
            rs.getObject("engagement_entry_id", UUID.class),
            new MemberId(rs.getObject("member_id", UUID.class)),
            rs.getObject("worked_on", LocalDate.class),
            rs.getString("description"),
            rs.getBigDecimal("hours"),
            rs.getObject("funding_grant_id", UUID.class) == null ? null
                    : new GrantId(rs.getObject("funding_grant_id", UUID.class)),
            Money.of(rs.getBigDecimal("hourly_rate")));

    private final JdbcClient jdbc;

    CoachingChargesAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CoachingEnvelope> envelopesCoveringForUpdate(LocalDate day) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ENVELOPES_LOCK).query((rs, n) -> 1).list();
        return jdbc.sql("""
                        select g.id, g.title, f.name as funder_name, g.starts_on, g.ends_on, e.hourly_rate,
                               sum(e.hours) as hours,
                               coalesce((select sum(c.hours) from cooperation.coaching_charge c
                                         where c.funding_grant_id = g.id and c.hourly_rate = e.hourly_rate), 0)
                                   as charged_hours
                        from cooperation.funding_grant g
                        join cooperation.funder f on f.id = g.funder_id
                        join cooperation.grant_earmark e on e.funding_grant_id = g.id and e.kind = 'COACHING_HOURS'
                        where :day between g.starts_on and g.ends_on
                        group by g.id, g.title, f.name, g.starts_on, g.ends_on, e.hourly_rate""")
                .param("day", day)
                .query((rs, n) -> new CoachingEnvelope(new GrantId(rs.getObject("id", UUID.class)),
                        rs.getString("title"), rs.getString("funder_name"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        Money.of(rs.getBigDecimal("hourly_rate")), rs.getBigDecimal("hours"),
                        rs.getBigDecimal("charged_hours")))
                .list();
    }

    @Override
    public void add(List<CoachingCharge> charges) {
        for (CoachingCharge charge : charges) {
            jdbc.sql("""
                            insert into cooperation.coaching_charge
                                (id, engagement_entry_id, member_id, worked_on, description, hours, funding_grant_id,
                                 hourly_rate)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(charge.id(), charge.engagementEntryId(), charge.memberId().value(), charge.workedOn(),
                            charge.description(), charge.hours(),
                            charge.grantId() == null ? null : charge.grantId().value(),
                            charge.hourlyRate() == null ? null : charge.hourlyRate().amount())
                    .update();
        }
    }

    @Override
    public void removeOf(UUID engagementEntryId) {
        jdbc.sql("delete from cooperation.coaching_charge where engagement_entry_id = ?").param(engagementEntryId)
                .update();
    }

    @Override
    public List<CoachingCharge> of(MemberId memberId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from cooperation.coaching_charge
                        where member_id = ? and worked_on between ? and ?
                        order by worked_on, charged_at, funding_grant_id nulls last""")
                .params(memberId.value(), from, to).query(CHARGE).list();
    }

    @Override
    public List<CoachingCharge> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from cooperation.coaching_charge where worked_on between ? and ? order by worked_on")
                .params(from, to).query(CHARGE).list();
    }

    @Override
    public Map<GrantId, String> grantLabels(Set<GrantId> grants) {
        Map<GrantId, String> labels = new HashMap<>();
        jdbc.sql("""
                        select g.id, f.name || ' — ' || g.title as label
                        from cooperation.funding_grant g join cooperation.funder f on f.id = g.funder_id
                        where g.id = any(?)""")
                .param(grants.stream().map(GrantId::value).toArray(UUID[]::new))
                .query((rs, n) -> labels.put(new GrantId(rs.getObject("id", UUID.class)), rs.getString("label")))
                .list();
        return labels;
    }
}
