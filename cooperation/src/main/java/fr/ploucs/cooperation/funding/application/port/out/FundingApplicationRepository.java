package fr.ploucs.cooperation.funding.application.port.out;

import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;

import java.util.List;
import java.util.Optional;

public interface FundingApplicationRepository {

    Optional<FundingApplication> findById(FundingApplicationId id);

    /** Returns the application as stored, with its new version. @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile */
    FundingApplication save(FundingApplication application);

    /** With this status (null = any), by title. */
    List<FundingApplication> findByStatus(ApplicationStatus status);
}
