package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import fr.ploucs.cooperation.exchanges.application.port.out.PracticeExchangeRepository;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Practice exchanges in PostgreSQL. The search uses PostgreSQL's French full-text search over the topic and the
 * notes, with the same expression as the GIN index {@code practice_exchange_search_idx}.
 */
@Component
class PracticeExchangePersistenceAdapter implements PracticeExchangeRepository {

    private final PracticeExchangeRowRepository rows;
    private final ExchangesTrainingPersistenceMapper mapper;
    private final JdbcClient jdbc;

    PracticeExchangePersistenceAdapter(PracticeExchangeRowRepository rows, ExchangesTrainingPersistenceMapper mapper,
                                       JdbcClient jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PracticeExchange> findById(PracticeExchangeId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public PracticeExchange save(PracticeExchange exchange) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(exchange)));
        } catch (OptimisticLockingFailureException e) {
            throw new PracticeExchangeChangedMeanwhile(exchange.getId());
        }
    }

    @Override
    public List<PracticeExchange> search(String words, Integer year, MemberId attendee) {
        StringBuilder sql = new StringBuilder("select e.id from cooperation.practice_exchange e where true");
        Map<String, Object> params = new HashMap<>();
        if (words != null && !words.isBlank()) {
            // websearch_to_tsquery never fails on what a person types (quotes, « - », « or » are understood).
            sql.append(" and to_tsvector('french', e.topic || ' ' || coalesce(e.notes, ''))"
                    + " @@ websearch_to_tsquery('french', :words)");
            params.put("words", words.strip());
        }
        if (year != null) {
            sql.append(" and e.held_on >= :from and e.held_on < :until");
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("until", LocalDate.of(year + 1, 1, 1));
        }
        if (attendee != null) {
            sql.append(" and exists (select 1 from cooperation.practice_exchange_attendee a"
                    + " where a.practice_exchange_id = e.id and a.member_id = :attendee)");
            params.put("attendee", attendee.value());
        }
        sql.append(" order by e.held_on desc, e.topic, e.id");
        List<UUID> ids = jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
        Map<UUID, PracticeExchangeRow> found = new HashMap<>();
        rows.findAllById(ids).forEach(row -> found.put(row.getId(), row));
        List<PracticeExchange> ordered = new ArrayList<>();
        ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(mapper::toDomain).forEach(ordered::add);
        return ordered;
    }

    @Override
    public List<Integer> years() {
        return rows.years();
    }
}
