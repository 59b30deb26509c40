package fr.ploucs.cooperation.payments.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Charges a coaching session newly credited to a member to the grant envelopes covering its date. */
public interface ChargeCoachingUseCase {

    /** Called once per newly credited coaching session, in the transaction that credits it. */
    void charge(ChargeCoaching command);

    /** @param sessionId the engagement entry that credited the session */
    record ChargeCoaching(UUID sessionId, MemberId memberId, LocalDate on, String description, BigDecimal hours) {
    }
}
