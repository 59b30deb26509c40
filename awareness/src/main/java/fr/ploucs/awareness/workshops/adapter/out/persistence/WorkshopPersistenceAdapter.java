package fr.ploucs.awareness.workshops.adapter.out.persistence;

import fr.ploucs.awareness.workshops.application.port.out.WorkshopRepository;
import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Workshops and ideas in PostgreSQL, with SQL. */
@Component
class WorkshopPersistenceAdapter implements WorkshopRepository {

    private final JdbcClient jdbc;

    WorkshopPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Workshop workshop) {
        jdbc.sql("""
                        insert into awareness.workshop (id, theme, held_on, commune_code, participants)
                        values (:id, :theme, :heldOn, :commune, :participants)""")
                .param("id", workshop.id().value()).param("theme", workshop.theme())
                .param("heldOn", workshop.heldOn()).param("commune", workshop.communeCode())
                .param("participants", workshop.participants()).update();
    }

    @Override
    public Optional<Workshop> find(WorkshopId id) {
        return jdbc.sql("select * from awareness.workshop where id = ?").param(id.value())
                .query(WorkshopPersistenceAdapter::workshop).optional();
    }

    @Override
    public List<Workshop> all() {
        return jdbc.sql("select * from awareness.workshop order by held_on desc, id")
                .query(WorkshopPersistenceAdapter::workshop).list();
    }

    @Override
    public void save(Idea idea) {
        jdbc.sql("""
                        insert into awareness.workshop_idea (id, workshop_id, title, description, author_name,
                            author_contact, consent_given_on, surfaced)
                        values (:id, :workshop, :title, :description, :author, :contact, :consent, :surfaced)
                        on conflict (id) do update set author_contact = excluded.author_contact,
                            consent_given_on = excluded.consent_given_on, surfaced = excluded.surfaced""")
                .param("id", idea.id().value()).param("workshop", idea.workshopId().value())
                .param("title", idea.title()).param("description", idea.description())
                .param("author", idea.authorName()).param("contact", idea.authorContact())
                .param("consent", idea.consentGivenOn()).param("surfaced", idea.surfaced()).update();
    }

    @Override
    public Optional<Idea> lock(IdeaId id) {
        return jdbc.sql("select * from awareness.workshop_idea where id = ? for update").param(id.value())
                .query(WorkshopPersistenceAdapter::idea).optional();
    }

    @Override
    public List<Idea> ideasOf(WorkshopId id) {
        return jdbc.sql("select * from awareness.workshop_idea where workshop_id = ? order by lower(title), id")
                .param(id.value()).query(WorkshopPersistenceAdapter::idea).list();
    }

    private static Workshop workshop(ResultSet rs, int n) throws SQLException {
        return new Workshop(new WorkshopId(rs.getObject("id", UUID.class)), rs.getString("theme"),
                rs.getObject("held_on", LocalDate.class), rs.getString("commune_code"), rs.getInt("participants"));
    }

    private static Idea idea(ResultSet rs, int n) throws SQLException {
        return new Idea(new IdeaId(rs.getObject("id", UUID.class)),
                new WorkshopId(rs.getObject("workshop_id", UUID.class)), rs.getString("title"),
                rs.getString("description"), rs.getString("author_name"), rs.getString("author_contact"),
                rs.getObject("consent_given_on", LocalDate.class), rs.getBoolean("surfaced"));
    }
}
