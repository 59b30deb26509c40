package fr.ploucs.cooperation.exchanges.application.port.out;

import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface PracticeExchangeRepository {

    Optional<PracticeExchange> findById(PracticeExchangeId id);

    /**
     * Stores the exchange and returns it as stored, with its new version: keep using the returned instance.
     *
     * @throws fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile when someone stored it since it was read
     */
    PracticeExchange save(PracticeExchange exchange);

    /** Every criterion optional (blank words, null year, null attendee), most recent first. */
    List<PracticeExchange> search(String words, Integer year, MemberId attendee);

    List<Integer> years();
}
