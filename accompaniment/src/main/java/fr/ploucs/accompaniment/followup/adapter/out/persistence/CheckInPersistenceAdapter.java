package fr.ploucs.accompaniment.followup.adapter.out.persistence;

import fr.ploucs.accompaniment.followup.application.port.out.CheckInRepository;
import fr.ploucs.accompaniment.followup.domain.ActivityStatus;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.accompaniment.followup.domain.RevenueBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Check-ins in PostgreSQL; one per project and number of months, inserted with {@code ON CONFLICT DO NOTHING}. */
@Component
class CheckInPersistenceAdapter implements CheckInRepository {

    private final CheckInRowRepository rows;
    private final JdbcClient jdbc;

    CheckInPersistenceAdapter(CheckInRowRepository rows, JdbcClient jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(CheckIn checkIn) {
        return jdbc.sql("""
                        insert into accompaniment.follow_up_check_in
                               (id, project_id, project_title, months_after, due_on, announced, version)
                        values (:id, :project, :title, :months, :due, false, 0)
                        on conflict (project_id, months_after) do nothing""")
                .param("id", checkIn.getId().value())
                .param("project", checkIn.getProjectId())
                .param("title", checkIn.getProjectTitle())
                .param("months", checkIn.getMonthsAfter())
                .param("due", checkIn.getDueOn())
                .update() == 1;
    }

    @Override
    public CheckIn save(CheckIn checkIn) {
        return toDomain(rows.save(toRow(checkIn)));
    }

    @Override
    public Optional<CheckIn> find(CheckInId id) {
        return rows.findById(id.value()).map(CheckInPersistenceAdapter::toDomain);
    }

    @Override
    public List<CheckIn> lockUnannouncedDue(LocalDate today) {
        return rows.lockUnannouncedDue(today).stream().map(CheckInPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<CheckIn> due(LocalDate today) {
        return rows.due(today).stream().map(CheckInPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<CheckIn> of(UUID projectId) {
        return rows.ofProject(projectId).stream().map(CheckInPersistenceAdapter::toDomain).toList();
    }

    // Few flat fields: mapped by hand, which keeps the nullable report readable.
    private static CheckInRow toRow(CheckIn checkIn) {
        CheckInRow row = new CheckInRow();
        row.setId(checkIn.getId().value());
        row.setProjectId(checkIn.getProjectId());
        row.setProjectTitle(checkIn.getProjectTitle());
        row.setMonthsAfter(checkIn.getMonthsAfter());
        row.setDueOn(checkIn.getDueOn());
        row.setAnnounced(checkIn.isAnnounced());
        CheckIn.Report report = checkIn.getReport();
        if (report != null) {
            row.setStatus(report.status().name());
            row.setJobs(report.jobs());
            row.setRevenue(report.revenue().name());
            row.setNeeds(report.needs());
            row.setRecordedOn(report.recordedOn());
        }
        row.setVersion(checkIn.getVersion());
        return row;
    }

    private static CheckIn toDomain(CheckInRow row) {
        CheckIn.Report report = row.getRecordedOn() == null ? null : new CheckIn.Report(
                ActivityStatus.valueOf(row.getStatus()), row.getJobs(), RevenueBand.valueOf(row.getRevenue()),
                row.getNeeds(), row.getRecordedOn());
        return new CheckIn(new CheckInId(row.getId()), row.getProjectId(), row.getProjectTitle(),
                row.getMonthsAfter(), row.getDueOn(), row.isAnnounced(), report, row.getVersion());
    }
}
