package fr.ploucs.cooperation.people.adapter.out.persistence;

import fr.ploucs.cooperation.people.application.port.out.MemberTeamRepository;
import fr.ploucs.cooperation.people.domain.MemberTeamChangedMeanwhile;
import fr.ploucs.cooperation.people.domain.MemberTeam;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.dao.DuplicateKeyException;
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
        } catch (RuntimeException e) {
            // Two coordinators adding the first contact of a member at the same moment both create its team: the
            // second is told, as for any change made meanwhile, to reload and do it again.
            if (isDuplicateKey(e)) {
                throw new MemberTeamChangedMeanwhile(team.getMemberId());
            }
            throw e;
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }
}
