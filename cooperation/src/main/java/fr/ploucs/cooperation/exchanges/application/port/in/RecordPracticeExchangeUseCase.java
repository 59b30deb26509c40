package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;

import java.util.Objects;

/**
 * Recording a practice exchange and changing it later. Each attending member is credited the session's hours in the
 * engagement ledger, once per exchange whatever the number of saves. Attending and facilitating structures must be
 * current members ({@link fr.ploucs.cooperation.exchanges.domain.ExchangeRuleViolation}), except those already recorded on the
 * exchange; a change carries the version the coordinator saw
 * ({@link fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile}).
 */
public interface RecordPracticeExchangeUseCase {

    PracticeExchangeId record(RecordExchange command);

    void update(UpdateExchange command);

    record RecordExchange(PracticeExchangeDetails details) {
        public RecordExchange {
            Objects.requireNonNull(details);
        }
    }

    record UpdateExchange(PracticeExchangeId exchangeId, Long expectedVersion, PracticeExchangeDetails details) {
        public UpdateExchange {
            Objects.requireNonNull(exchangeId);
            Objects.requireNonNull(details);
        }
    }
}
