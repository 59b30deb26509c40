package fr.ploucs.cooperation.payments.application.port.out;

import fr.ploucs.cooperation.payments.domain.CoachingCharge;
import fr.ploucs.cooperation.payments.domain.CoachingEnvelope;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

public interface CoachingCharges {

    /**
     * The grants' coaching envelopes covering {@code day}, with the hours already charged to each. Holds a lock
     * until the transaction ends, so that two sessions charged at the same moment cannot both take the last hours.
     */
    List<CoachingEnvelope> envelopesCoveringForUpdate(LocalDate day);

    void add(List<CoachingCharge> charges);

    /** Removes the charges paying one engagement entry. */
    void removeOf(UUID engagementEntryId);

    List<CoachingCharge> of(MemberId memberId, LocalDate from, LocalDate to);

    List<CoachingCharge> between(LocalDate from, LocalDate to);

    /** « Funder — grant title » of each grant, for statements. */
    Map<GrantId, String> grantLabels(Set<GrantId> grants);
}
