package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import fr.ploucs.accompaniment.applications.domain.LeadSource;
import fr.ploucs.accompaniment.applications.domain.LeadStatus;
import org.mapstruct.Mapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Mapper
interface SelectionPersistenceMapper {

    LeadRow toRow(Lead lead);

    default Lead toDomain(LeadRow row) {
        return new Lead(new LeadId(row.getId()), LeadSource.valueOf(row.getSource()), row.getIdeaId(), row.getTitle(),
                row.getDescription(), row.getOrigin(), row.getContactName(), row.getContact(), row.getCommuneCode(),
                row.getReceivedOn(), LeadStatus.valueOf(row.getStatus()), row.getVersion());
    }

    ApplicationRow toRow(Application application);

    default Application toDomain(ApplicationRow row) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        row.getScores().forEach(score -> scores.put(score.criterion(), score.score()));
        return new Application(new ApplicationId(row.getId()), row.getCohortId(),
                row.getLeadId() == null ? null : new LeadId(row.getLeadId()), row.getProjectTitle(), row.getSummary(),
                row.getHolders(), row.getCommuneCode(), row.getReceivedOn(), scores,
                Decision.valueOf(row.getDecision()), row.getReasons(), row.getDecidedOn(), row.getProjectId(),
                row.getVersion());
    }

    default List<ScoreRow> scores(Map<String, Integer> scores) {
        return scores.entrySet().stream().map(entry -> new ScoreRow(entry.getKey(), entry.getValue())).toList();
    }

    default UUID id(LeadId id) {
        return id == null ? null : id.value();
    }

    default UUID id(ApplicationId id) {
        return id == null ? null : id.value();
    }
}
