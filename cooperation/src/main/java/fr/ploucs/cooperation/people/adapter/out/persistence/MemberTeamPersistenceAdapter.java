package fr.ploucs.cooperation.people.adapter.out.persistence;

import fr.ploucs.cooperation.people.application.port.out.MemberTeamRepository;
import fr.ploucs.cooperation.people.domain.MemberTeamChangedMeanwhile;
import fr.ploucs.cooperation.people.domain.MemberTeam;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class MemberTeamPersistenceAdapter implements MemberTeamRepository {

    private final MemberTeamRowRepository rows;
    private final MemberTeamPersistenceMapper mapper;

    MemberTeamPersistenceAdapter(MemberTeamRowRepository rows, MemberTeamPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<MemberTeam> findByMember(MemberId memberId) {
        return rows.findById(memberId.value()).map(mapper::toDomain);
    }

    @Override
    public MemberTeam save(MemberTeam team) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(team)));
        } catch (OptimisticLockingFailureException e) {
            throw new MemberTeamChangedMeanwhile(team.getMemberId());
        }
    }
}
