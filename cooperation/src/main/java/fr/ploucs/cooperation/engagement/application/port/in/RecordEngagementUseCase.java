package fr.ploucs.cooperation.engagement.application.port.in;

import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.sharedkernel.MemberId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Hours a member gave the network: credited from other pillars' events, or logged by a coordinator. */
public interface RecordEngagementUseCase {

    /** @return false when these hours were already credited (same source, reference and member): nothing changes */
    boolean credit(CreditHours command);

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
