package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class FunderPersistenceAdapter implements FunderRepository {

    private final FunderRowRepository rows;
    private final FundingPersistenceMapper mapper;

    FunderPersistenceAdapter(FunderRowRepository rows, FundingPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<Funder> findById(FunderId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Funder save(Funder funder) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(funder)));
        } catch (OptimisticLockingFailureException e) {
            throw new FundingChangedMeanwhile(funder.getId());
        }
    }

    @Override
    public List<Funder> findAllByName() {
        return rows.findAllByName().stream().map(mapper::toDomain).toList();
    }
}
