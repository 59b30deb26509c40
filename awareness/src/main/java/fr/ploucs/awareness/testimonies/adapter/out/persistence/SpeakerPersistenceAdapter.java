package fr.ploucs.awareness.testimonies.adapter.out.persistence;

import fr.ploucs.awareness.testimonies.application.port.out.SpeakerRepository;
import fr.ploucs.awareness.testimonies.domain.Speaker;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The pool in {@code awareness.testimony_speaker}, one row per graduated project. */
@Component
class SpeakerPersistenceAdapter implements SpeakerRepository {

    private final JdbcClient jdbc;

    SpeakerPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addOnce(Speaker speaker) {
        return jdbc.sql("""
                        insert into awareness.testimony_speaker (project_id, project_title, structure_name,
                            legal_form, commune_code, jobs, graduated_on)
                        values (:id, :title, :structure, :form, :commune, :jobs, :on)
                        on conflict (project_id) do nothing""")
                .param("id", speaker.id().value()).param("title", speaker.projectTitle())
                .param("structure", speaker.structureName()).param("form", speaker.legalForm())
                .param("commune", speaker.communeCode()).param("jobs", speaker.jobs())
                .param("on", speaker.graduatedOn()).update() == 1;
    }

    @Override
    public List<Speaker> all() {
        return jdbc.sql("select * from awareness.testimony_speaker order by graduated_on desc, project_title")
                .query(SpeakerPersistenceAdapter::speaker).list();
    }

    @Override
    public Optional<Speaker> find(SpeakerId id) {
        return jdbc.sql("select * from awareness.testimony_speaker where project_id = ?").param(id.value())
                .query(SpeakerPersistenceAdapter::speaker).optional();
    }

    private static Speaker speaker(ResultSet row, int n) throws SQLException {
        return new Speaker(new SpeakerId(row.getObject("project_id", UUID.class)), row.getString("project_title"),
                row.getString("structure_name"), row.getString("legal_form"), row.getString("commune_code"),
                row.getInt("jobs"), row.getObject("graduated_on", LocalDate.class));
    }
}
