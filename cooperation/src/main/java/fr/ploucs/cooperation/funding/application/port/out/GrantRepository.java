package fr.ploucs.cooperation.funding.application.port.out;

import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;

import java.util.List;
import java.util.Optional;

public interface GrantRepository {

    Optional<Grant> findById(GrantId id);

    Optional<Grant> findByApplication(FundingApplicationId applicationId);

    /** Returns the grant as stored, with its new version. @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile */
    Grant save(Grant grant);

    /** Every grant, the latest start first. */
    List<Grant> findAll();

    /** The grants with at least one report not yet done. */
    List<Grant> findWithReportsNotDone();
}
