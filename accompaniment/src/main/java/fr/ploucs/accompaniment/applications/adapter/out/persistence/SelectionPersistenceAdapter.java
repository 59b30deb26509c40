package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import fr.ploucs.accompaniment.applications.application.port.out.SelectionRepository;
import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Leads and applications in PostgreSQL. A lead from an awareness idea is inserted with {@code ON CONFLICT DO NOTHING}
 * on the idea's id, so a redelivered or concurrent event records it once without failing.
 */
@Component
class SelectionPersistenceAdapter implements SelectionRepository {

    private final LeadRowRepository leads;
    private final ApplicationRowRepository applications;
    private final SelectionPersistenceMapper mapper;
    private final JdbcClient jdbc;

    SelectionPersistenceAdapter(LeadRowRepository leads, ApplicationRowRepository applications,
                                SelectionPersistenceMapper mapper, JdbcClient jdbc) {
        this.leads = leads;
        this.applications = applications;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Lead save(Lead lead) {
        return mapper.toDomain(leads.save(mapper.toRow(lead)));
    }

    @Override
    public boolean insertIfNewIdea(Lead lead) {
        return jdbc.sql("""
                        insert into accompaniment.lead (id, source, idea_id, title, description, origin, contact_name,
                                                        contact, commune_code, received_on, status, version)
                        values (:id, :source, :ideaId, :title, :description, :origin, :contactName, :contact,
                                :communeCode, :receivedOn, :status, 0)
                        on conflict (idea_id) do nothing""")
                .param("id", lead.getId().value())
                .param("source", lead.getSource().name())
                .param("ideaId", lead.getIdeaId())
                .param("title", lead.getTitle())
                .param("description", lead.getDescription())
                .param("origin", lead.getOrigin())
                .param("contactName", lead.getContactName())
                .param("contact", lead.getContact())
                .param("communeCode", lead.getCommuneCode())
                .param("receivedOn", lead.getReceivedOn())
                .param("status", lead.getStatus().name())
                .update() == 1;
    }

    @Override
    public Optional<Lead> findLead(LeadId id) {
        return leads.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Lead> openLeads() {
        return leads.open().stream().map(mapper::toDomain).toList();
    }

    @Override
    public Application save(Application application) {
        return mapper.toDomain(applications.save(mapper.toRow(application)));
    }

    @Override
    public Optional<Application> findApplication(ApplicationId id) {
        return applications.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Application> lockApplication(ApplicationId id) {
        return applications.lockById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<StoredLine> applicationsOf(UUID cohortId) {
        return jdbc.sql("""
                        select a.id, a.project_title, a.holders, a.received_on, a.decision, a.project_id,
                               coalesce(sum(s.score), 0) as total, count(s.score) as scored
                          from accompaniment.application a
                          left join accompaniment.application_score s on s.application_id = a.id
                         where a.cohort_id = :cohort
                         group by a.id
                         order by a.decision = 'PENDING' desc, total desc, a.received_on, a.project_title""")
                .param("cohort", cohortId)
                .query((rs, n) -> new StoredLine(new ApplicationId(rs.getObject("id", UUID.class)),
                        rs.getString("project_title"), rs.getString("holders"),
                        rs.getObject("received_on", java.time.LocalDate.class),
                        Decision.valueOf(rs.getString("decision")), rs.getInt("total"), rs.getInt("scored"),
                        rs.getObject("project_id", UUID.class)))
                .list();
    }

    @Override
    public int awaitingDecision() {
        return jdbc.sql("select count(*) from accompaniment.application where decision = 'PENDING'")
                .query(Integer.class).single();
    }
}
