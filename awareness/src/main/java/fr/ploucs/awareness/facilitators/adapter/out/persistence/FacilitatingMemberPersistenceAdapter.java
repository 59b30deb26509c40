package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import fr.ploucs.awareness.facilitators.application.port.out.FacilitatingMemberRepository;
import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class FacilitatingMemberPersistenceAdapter implements FacilitatingMemberRepository {

    private final FacilitatingMemberRowRepository rows;
    private final FacilitatingMemberPersistenceMapper mapper;

    FacilitatingMemberPersistenceAdapter(FacilitatingMemberRowRepository rows, FacilitatingMemberPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<FacilitatingMember> findById(MemberId memberId) {
        return rows.findById(memberId.value()).map(mapper::toDomain);
    }

    @Override
    public List<FacilitatingMember> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    public FacilitatingMember save(FacilitatingMember member) {
        return mapper.toDomain(rows.save(mapper.toRow(member)));
    }
}
