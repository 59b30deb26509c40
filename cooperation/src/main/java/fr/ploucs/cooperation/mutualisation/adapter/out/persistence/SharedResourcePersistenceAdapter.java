package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import fr.ploucs.cooperation.mutualisation.application.port.out.SharedResourceRepository;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class SharedResourcePersistenceAdapter implements SharedResourceRepository {

    private final SharedResourceRowRepository rows;
    private final MutualisationPersistenceMapper mapper;

    SharedResourcePersistenceAdapter(SharedResourceRowRepository rows, MutualisationPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<SharedResource> findById(SharedResourceId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public SharedResource save(SharedResource resource) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(resource)));
        } catch (OptimisticLockingFailureException e) {
            throw new SharedResourceChangedMeanwhile(resource.getId());
        }
    }

    @Override
    public List<SharedResource> list(ResourceKind kind) {
        return rows.list(kind == null ? "" : kind.name()).stream().map(mapper::toDomain).toList();
    }
}
