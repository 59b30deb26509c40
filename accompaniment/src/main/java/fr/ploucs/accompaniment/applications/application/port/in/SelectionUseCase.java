package fr.ploucs.accompaniment.applications.application.port.in;

import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.LeadId;

import java.util.Map;
import java.util.UUID;

/**
 * Applications to a cohort and the jury's work: scores on the call's criteria, then a decision with its reasons.
 * Admission publishes {@code ProjectAdmitted} and never goes beyond the cohort's capacity.
 */
public interface SelectionUseCase {

    ApplicationId apply(Apply command);

    void score(Score command);

    /** @return the project now followed */
    UUID admit(Decide command);

    void decline(Decide command);

    /** @param leadId the lead that applies, or null for an application received directly */
    record Apply(UUID cohortId, LeadId leadId, String projectTitle, String summary, String holders,
                 String communeCode) {
    }

    record Score(ApplicationId applicationId, Long expectedVersion, Map<String, Integer> scores) {
    }

    record Decide(ApplicationId applicationId, Long expectedVersion, String reasons) {
    }
}
