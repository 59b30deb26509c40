package fr.ploucs.cooperation.mutualisation.application.port.out;

import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;

import java.util.List;
import java.util.Optional;

public interface SharedResourceRepository {

    Optional<SharedResource> findById(SharedResourceId id);

    /**
     * Stores the resource and returns it as stored, with its new version: keep using the returned instance.
     *
     * @throws fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile when someone stored it since it was read
     */
    SharedResource save(SharedResource resource);

    /** Of the kind given (null = all), by name. */
    List<SharedResource> list(ResourceKind kind);
}
