package fr.ploucs.accompaniment.budget.application.port.out;


import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface CoachingBudgetRepository {

    /** @return true when this grant's earmark was new */
    boolean addGrantedHours(UUID grantId, String earmarkKey, String funderName, String title, BigDecimal hours,
                            Instant at);

    /** Serialises allocations, so two coordinators never allocate the same hours twice. */
    void lockAllocations();

    BigDecimal grantedHours();

    BigDecimal allocatedHours();

    BigDecimal plannedFor(UUID cohortId);

    void setPlanned(UUID cohortId, BigDecimal hours);

    List<StoredGrant> grants();

    record StoredGrant(UUID grantId, String funderName, String title, BigDecimal hours) {
    }
}
