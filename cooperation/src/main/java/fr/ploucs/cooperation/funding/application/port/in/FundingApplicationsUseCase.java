package fr.ploucs.cooperation.funding.application.port.in;

import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatus;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.shared.domain.GrantId;

import fr.ploucs.sharedkernel.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applications for funding (« demandes de financement »). Every change carries the version the coordinator saw; an
 * application saved since is not overwritten ({@link fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile}).
 */
public interface FundingApplicationsUseCase {

    /** A new application, at the IDEA stage. The funder of a call is the funder of the application. */
    FundingApplicationId start(ApplicationDetails details);

    void updateDetails(FundingApplicationId id, Long expectedVersion, ApplicationDetails details);

    /**
     * Moves the application forward. Granting it creates its grant in the same transaction and publishes
     * {@code FundingGranted}; the grant's id is returned then.
     */
    Optional<GrantId> changeStatus(ChangeStatus command);

    void addFinancingLine(FundingApplicationId id, Long expectedVersion, FinancingLine line);

    void removeFinancingLine(FundingApplicationId id, Long expectedVersion, int index);

    Optional<FundingApplication> byId(FundingApplicationId id);

    /** The applications with this status (null = any), by title. */
    List<FundingApplication> list(ApplicationStatus status);

    /**
     * @param on           the date of the change (for SUBMITTED: the submission date)
     * @param amountGranted for GRANTED
     * @param grantStartsOn for GRANTED: the period the grant covers
     * @param reason       the comment; for REJECTED, the reason, required
     */
    record ChangeStatus(FundingApplicationId id, Long expectedVersion, ApplicationStatus target, LocalDate on,
                        String reason, Money amountGranted, LocalDate grantStartsOn, LocalDate grantEndsOn) {
        public ChangeStatus {
            Objects.requireNonNull(id);
            Objects.requireNonNull(target);
        }
    }
}
