package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.application.port.out.FundingApplicationRepository;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Component
class FundingApplicationPersistenceAdapter implements FundingApplicationRepository {

    private final FundingApplicationRowRepository rows;
    private final FundingPersistenceMapper mapper;

    FundingApplicationPersistenceAdapter(FundingApplicationRowRepository rows, FundingPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<FundingApplication> findById(FundingApplicationId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public FundingApplication save(FundingApplication application) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(application)));
        } catch (OptimisticLockingFailureException e) {
            throw new FundingChangedMeanwhile(application.getId());
        }
    }

    @Override
    public List<FundingApplication> findByStatus(ApplicationStatus status) {
        List<UUID> ids = rows.idsByStatus(status == null ? "" : status.name());
        Map<UUID, FundingApplicationRow> byId = new HashMap<>();
        rows.findAllById(ids).forEach(row -> byId.put(row.getId(), row));
        return ids.stream().map(byId::get).map(mapper::toDomain).toList();
    }
}
