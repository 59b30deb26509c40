package fr.ploucs.cooperation.people.adapter.out.persistence;

import fr.ploucs.cooperation.people.application.port.out.ResponsibilityRegister;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the pillars reported people hold; keyed by the pillar's own id, so a redelivered event changes nothing. */
@Component
class ResponsibilityRegisterAdapter implements ResponsibilityRegister {

    private static final RowMapper<HeldResponsibility> HELD = (rs, n) -> new HeldResponsibility(
            rs.getObject("responsibility_id", UUID.class),
            new MemberId(rs.getObject("member_id", UUID.class)),
            rs.getString("person_name"),
            rs.getString("person_email"),
            rs.getString("pillar"),
            rs.getString("description"),
            rs.getObject("since", LocalDate.class));

    private final JdbcClient jdbc;

    ResponsibilityRegisterAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addUnlessPresent(HeldResponsibility held) {
        jdbc.sql("""
                        insert into cooperation.held_responsibility
                            (responsibility_id, member_id, person_name, person_email, pillar, description, since)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (responsibility_id) do nothing""")
                .params(held.responsibilityId(), held.memberId().value(), held.personName(), held.personEmail(),
                        held.pillar(), held.description(), held.since())
                .update();
    }

    @Override
    public void markEnded(UUID responsibilityId) {
        jdbc.sql("update cooperation.held_responsibility set ended_at = coalesce(ended_at, now()) where responsibility_id = ?")
                .param(responsibilityId).update();
    }

    @Override
    public List<HeldResponsibility> openOf(MemberId memberId) {
        return jdbc.sql("""
                        select * from cooperation.held_responsibility
                        where member_id = ? and ended_at is null
                        order by lower(person_email), since nulls last, description""")
                .param(memberId.value()).query(HELD).list();
    }
}
