package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.application.port.out.CallForProjectsRepository;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class CallForProjectsPersistenceAdapter implements CallForProjectsRepository {

    private final CallForProjectsRowRepository rows;
    private final FundingPersistenceMapper mapper;

    CallForProjectsPersistenceAdapter(CallForProjectsRowRepository rows, FundingPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<CallForProjects> findById(CallForProjectsId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public CallForProjects save(CallForProjects call) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(call)));
        } catch (OptimisticLockingFailureException e) {
            throw new FundingChangedMeanwhile(call.getId());
        }
    }

    @Override
    public List<CallForProjects> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }
}
