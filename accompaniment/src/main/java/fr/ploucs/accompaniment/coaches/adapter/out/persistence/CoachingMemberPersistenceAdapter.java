package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import fr.ploucs.accompaniment.coaches.application.port.out.CoachingMemberRepository;
import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class CoachingMemberPersistenceAdapter implements CoachingMemberRepository {

    private final CoachingMemberRowRepository rows;
    private final CoachingMemberPersistenceMapper mapper;

    CoachingMemberPersistenceAdapter(CoachingMemberRowRepository rows, CoachingMemberPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<CoachingMember> findById(MemberId memberId) {
        return rows.findById(memberId.value()).map(mapper::toDomain);
    }

    @Override
    public List<CoachingMember> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    public CoachingMember save(CoachingMember member) {
        return mapper.toDomain(rows.save(mapper.toRow(member)));
    }
}
