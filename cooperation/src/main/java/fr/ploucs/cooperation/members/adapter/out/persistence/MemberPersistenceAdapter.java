package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.application.port.out.MemberRepository;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
public class MemberPersistenceAdapter implements MemberRepository {

    private final MemberRowRepository rows;
    private final MemberPersistenceMapper mapper;

    MemberPersistenceAdapter(MemberRowRepository rows, MemberPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
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
        }
    }

    @Override
    public List<Member> search(String nameContains, MembershipStatus status) {
        List<UUID> ids = rows.search(nameContains, status == null ? "" : status.name());
        Map<UUID, MemberRow> byId = new HashMap<>();
        rows.findAllById(ids).forEach(row -> byId.put(row.getId(), row));
        return ids.stream().map(byId::get).map(mapper::toDomain).toList();
    }

    @Override
    public boolean siretTakenByAnother(Siret siret, MemberId except) {
        return rows.siretTakenByAnother(siret.value(), except.value());
    }
}
