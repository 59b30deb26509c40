package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.UniqueConstraint;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
public class MemberPersistenceAdapter implements MemberRepository {

    private final MemberRowRepository rows;
    private final MemberPersistenceMapper mapper;
    private final JdbcClient jdbc;

    MemberPersistenceAdapter(MemberRowRepository rows, MemberPersistenceMapper mapper, JdbcClient jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Member save(Member member) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(member)));
        } catch (OptimisticLockingFailureException e) {
            throw new MemberChangedMeanwhile(member.getId());
        } catch (RuntimeException e) {
            // Two coordinators registering the same SIRET at the same moment: both passed the check, the database
            // index keeps the second out; it gets the same answer as if it had come a moment later.
            if (UniqueConstraint.violatedBy(e, "member_siret_idx")) {
                throw new MembershipRuleViolation("siret", "member.siret.taken");
            }
            throw e;
        }
    }


    /** Two queries whatever the number of members: the members, then all their histories at once. */
    @Override
    public List<Member> search(String nameContains, MembershipStatus status) {
        String name = nameContains == null ? "" : nameContains;
        String statusName = status == null ? "" : status.name();
        List<MemberRow> found = jdbc.sql("select * " + MATCHING + " order by lower(name), id")
                .param("nameContains", name).param("status", statusName)
                .query(MemberPersistenceAdapter::row).list();
        Map<UUID, MemberRow> byId = new HashMap<>();
        found.forEach(row -> byId.put(row.getId(), row));
        jdbc.sql("""
                        select member_id, kind, changed_on, reason from cooperation.membership_change
                        where member_id in (select id\s""" + MATCHING + """
                        )
                        order by member_id, position""")
                .param("nameContains", name).param("status", statusName)
                .query(rs -> {
                    MembershipChangeRow change = new MembershipChangeRow();
                    change.setKind(MembershipChange.Kind.valueOf(rs.getString("kind")));
                    change.setChangedOn(rs.getObject("changed_on", LocalDate.class));
                    change.setReason(rs.getString("reason"));
                    MemberRow member = byId.get(rs.getObject("member_id", UUID.class));
                    if (member != null) {
                        member.getHistory().add(change);
                    }
                });
        return found.stream().map(mapper::toDomain).toList();
    }

    private static final String MATCHING = """
            from cooperation.member
            where (:nameContains = '' or strpos(lower(name), lower(:nameContains)) > 0)
              and (:status = '' or status = :status)""";

    private static MemberRow row(ResultSet rs, int n) throws SQLException {
        MemberRow row = new MemberRow();
        row.setId(rs.getObject("id", UUID.class));
        row.setName(rs.getString("name"));
        row.setLegalForm(LegalForm.valueOf(rs.getString("legal_form")));
        row.setSiret(rs.getString("siret"));
        row.setCommune(rs.getString("commune"));
        RepresentativeRow representative = new RepresentativeRow();
        representative.setName(rs.getString("representative_name"));
        representative.setEmail(rs.getString("representative_email"));
        representative.setPhone(rs.getString("representative_phone"));
        row.setRepresentative(representative);
        row.setStatus(MembershipStatus.valueOf(rs.getString("status")));
        row.setVersion(rs.getLong("version"));
        return row;
    }

    @Override
    public boolean siretTakenByAnother(Siret siret, MemberId except) {
        return rows.siretTakenByAnother(siret.value(), except.value());
    }
}
