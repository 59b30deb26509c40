package fr.ploucs.cooperation.payments.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Charges a coaching session newly credited to a member to the grant envelopes covering its date. */
public interface ChargeCoachingUseCase {

    /** Called once per newly credited coaching session, in the transaction that credits it. */
    void charge(ChargeCoaching command);

    /**
     * Withdraws every charge paying the engagement entry {@code engagementEntryId}, giving its hours back to their
     * envelopes: called, in the same transaction, before a corrected or deleted session's entry is removed.
     */
    void withdraw(UUID engagementEntryId);

    /** @param sessionId the engagement entry that credited the session */
    record ChargeCoaching(UUID sessionId, MemberId memberId, LocalDate on, String description, BigDecimal hours) {
    }
}
