package fr.ploucs.cooperation.exchanges.application.port.in;

import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

public interface FindPracticeExchangesQuery {

    Optional<PracticeExchange> byId(PracticeExchangeId id);

    /** Exchanges matching every criterion given, most recent first. */
    List<PracticeExchange> search(ExchangeSearch criteria);

    /** The years that have exchanges, most recent first (for the year filter). */
    List<Integer> years();

    /**
     * @param words   words of the topic or the notes (French full-text search: « mutualiser » finds « mutualisation »);
     *                blank = any
     * @param year    null = any year
     * @param attendee an attending member; null = any
     */
    record ExchangeSearch(String words, Integer year, MemberId attendee) {
        public ExchangeSearch {
            words = words == null ? "" : words.strip();
        }
    }
}
