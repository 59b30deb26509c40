package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;

import java.util.Objects;

/**
 * Sharing a resource with the network, and changing it later. The owner must be an active member
 * ({@link fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation}); a change carries the version the coordinator saw
 * ({@link fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile}).
 */
public interface ShareResourceUseCase {

    SharedResourceId share(ShareResource command);

    void update(UpdateSharedResource command);

    record ShareResource(SharedResourceDetails details) {
        public ShareResource {
            Objects.requireNonNull(details);
        }
    }

    record UpdateSharedResource(SharedResourceId resourceId, Long expectedVersion, SharedResourceDetails details,
                                boolean active) {
        public UpdateSharedResource {
            Objects.requireNonNull(resourceId);
            Objects.requireNonNull(details);
        }
    }
}
