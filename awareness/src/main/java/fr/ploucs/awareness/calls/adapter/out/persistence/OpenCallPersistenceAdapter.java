package fr.ploucs.awareness.calls.adapter.out.persistence;

import fr.ploucs.awareness.calls.application.port.out.OpenCallRepository;
import fr.ploucs.awareness.calls.domain.OpenCall;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The calls in {@code awareness.open_call}, one row per cohort: a second insert of the same cohort does nothing. */
@Component
class OpenCallPersistenceAdapter implements OpenCallRepository {

    private final JdbcClient jdbc;

    OpenCallPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addOnce(OpenCall call) {
        return jdbc.sql("""
                        insert into awareness.open_call (cohort_id, programme_name, cohort_name, opens_on, closes_on,
                            capacity)
                        values (:cohort, :programme, :name, :opens, :closes, :capacity)
                        on conflict (cohort_id) do nothing""")
                .param("cohort", call.cohortId()).param("programme", call.programmeName())
                .param("name", call.cohortName()).param("opens", call.opensOn()).param("closes", call.closesOn())
                .param("capacity", call.capacity()).update() == 1;
    }

    @Override
    public List<OpenCall> closingOnOrAfter(LocalDate day) {
        return jdbc.sql("select * from awareness.open_call where closes_on >= ? order by closes_on, cohort_name")
                .param(day)
                .query((row, n) -> new OpenCall(row.getObject("cohort_id", UUID.class), row.getString("programme_name"),
                        row.getString("cohort_name"), row.getObject("opens_on", LocalDate.class),
                        row.getObject("closes_on", LocalDate.class), row.getInt("capacity")))
                .list();
    }
}
