package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.application.port.out.GrantRepository;
import fr.ploucs.cooperation.funding.application.port.out.ReportReminderLog;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Grants, and the log of reminders sent about their reports (a plain table: one row per report and threshold). */
@Component
class GrantPersistenceAdapter implements GrantRepository, ReportReminderLog {

    private final GrantRowRepository rows;
    private final FundingPersistenceMapper mapper;
    private final JdbcClient jdbc;

    GrantPersistenceAdapter(GrantRowRepository rows, FundingPersistenceMapper mapper, JdbcClient jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Grant> findById(GrantId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Grant> findByApplication(FundingApplicationId applicationId) {
        return rows.idOfApplication(applicationId.value()).flatMap(rows::findById).map(mapper::toDomain);
    }

    @Override
    public Grant save(Grant grant) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(grant)));
        } catch (OptimisticLockingFailureException e) {
            throw new FundingChangedMeanwhile(grant.getId());
        }
    }

    @Override
    public List<Grant> findAll() {
        return load(rows.idsLatestFirst());
    }

    @Override
    public List<Grant> findWithReportsNotDone() {
        return load(rows.idsWithReportsNotDone());
    }

    @Override
    public boolean recordFirstReminder(UUID reportId, int thresholdDays, Instant at) {
        return jdbc.sql("""
                        insert into cooperation.grant_report_reminder (report_id, threshold_days, sent_at)
                        values (?, ?, ?)
                        on conflict do nothing""")
                .params(reportId, thresholdDays, Timestamp.from(at))
                .update() == 1;
    }

    private List<Grant> load(List<UUID> ids) {
        Map<UUID, GrantRow> byId = new HashMap<>();
        rows.findAllById(ids).forEach(row -> byId.put(row.getId(), row));
        return ids.stream().map(byId::get).map(mapper::toDomain).toList();
    }
}
