package fr.ploucs.cooperation.engagement.application.port.in;

import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Hours a member gave the network: credited from other pillars' events, or logged by a coordinator. */
public interface RecordEngagementUseCase {

    /** @return false when these hours were already credited (same source, reference and member): nothing changes */
    boolean credit(CreditHours command);

    /**
     * Sets a coaching session's ledger line, and the grant charges paying it, to the session's state at
     * {@code revision} (0 when held, higher with each correction), unless a revision as high or higher was already
     * applied: a repeated, late or overtaken event changes nothing, and a session deleted or left with no hours has
     * no line and no charge.
     *
     * @return whether this state was applied
     */
    boolean setCoachingSession(CoachingSessionState state);

    /** A coordinator logs hours of a practice exchange, a training or other work for the network. */
    void log(LogHours command);

    record CreditHours(MemberId memberId, EngagementSource source, String sourceReference, LocalDate on,
                       BigDecimal hours, String description) {
        public CreditHours {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(source);
            Objects.requireNonNull(sourceReference);
        }
    }

    /** A coaching session as accompaniment reported it in its latest event. */
    record CoachingSessionState(UUID sessionId, long revision, MemberId memberId, LocalDate on, BigDecimal hours,
                                boolean deleted, String description) {
        public CoachingSessionState {
            Objects.requireNonNull(sessionId);
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(on);
            Objects.requireNonNull(hours);
        }
    }

    record LogHours(MemberId memberId, EngagementSource source, LocalDate on, BigDecimal hours, String description) {
        public LogHours {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(source);
            if (!source.loggedByHand()) {
                throw new IllegalArgumentException(source + " hours come from events, not from a form");
            }
        }
    }
}
