package fr.ploucs.cooperation.dues.adapter.out.persistence;

import fr.ploucs.cooperation.dues.application.port.out.DuesPaymentRepository;
import fr.ploucs.cooperation.dues.application.port.out.DuesReminderLog;
import fr.ploucs.cooperation.dues.application.port.out.DuesSettingsRepository;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The dues tables: settings and payments through Spring Data JDBC, reminders in plain SQL (insert if first). */
@Component
class DuesPersistenceAdapter implements DuesSettingsRepository, DuesPaymentRepository, DuesReminderLog {

    private final DuesYearRowRepository years;
    private final DuesPaymentRowRepository payments;
    private final DuesPersistenceMapper mapper;
    private final JdbcClient jdbc;

    DuesPersistenceAdapter(DuesYearRowRepository years, DuesPaymentRowRepository payments,
                           DuesPersistenceMapper mapper, JdbcClient jdbc) {
        this.years = years;
        this.payments = payments;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DuesSettings> findByYear(int year) {
        return years.findById(year).map(mapper::toDomain);
    }

    @Override
    public List<DuesSettings> findAll() {
        return years.findAll().stream().map(mapper::toDomain)
                .sorted(Comparator.comparingInt(DuesSettings::getYear)).toList();
    }

    @Override
    public DuesSettings save(DuesSettings settings) {
        try {
            return mapper.toDomain(years.save(mapper.toRow(settings)));
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new DuesChangedMeanwhile("dues settings of " + settings.getYear());
        }
    }

    @Override
    public Optional<DuesPayment> findById(DuesPaymentId id) {
        return payments.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<DuesPayment> findAllOfYear(int year) {
        return payments.findByYear(year).stream().map(mapper::toDomain).toList();
    }

    @Override
    public DuesPayment save(DuesPayment payment) {
        try {
            return mapper.toDomain(payments.save(mapper.toRow(payment)));
        } catch (OptimisticLockingFailureException e) {
            throw new DuesChangedMeanwhile("dues payment " + payment.getId());
        }
    }

    @Override
    public void delete(DuesPayment payment) {
        try {
            payments.delete(mapper.toRow(payment));
        } catch (OptimisticLockingFailureException e) {
            throw new DuesChangedMeanwhile("dues payment " + payment.getId());
        }
    }

    @Override
    public boolean recordIfFirst(DuesReminder reminder) {
        return jdbc.sql("""
                        insert into cooperation.dues_reminder
                            (id, member_id, year, kind, sent_at, sent_on, recipient_name, recipient_email)
                        values (:id, :member, :year, :kind, :sentAt, :sentOn, :name, :email)
                        on conflict do nothing""")
                .param("id", UUID.randomUUID())
                .param("member", reminder.memberId().value())
                .param("year", reminder.year())
                .param("kind", reminder.kind().name())
                .param("sentAt", Timestamp.from(reminder.sentAt()))
                .param("sentOn", reminder.sentOn())
                .param("name", reminder.recipientName())
                .param("email", reminder.recipientEmail())
                .update() == 1;
    }

    @Override
    public Optional<DuesReminder> latestOf(MemberId memberId, int year) {
        return jdbc.sql("""
                        select member_id, year, kind, sent_at, sent_on, recipient_name, recipient_email
                        from cooperation.dues_reminder
                        where year = :year and member_id = :member
                        order by sent_at desc
                        limit 1""")
                .param("year", year).param("member", memberId.value())
                .query(DuesPersistenceAdapter::reminder)
                .optional();
    }

    @Override
    public List<DuesPayment> findOfMember(MemberId memberId, int year) {
        return payments.findByMemberAndYear(memberId.value(), year).stream().map(mapper::toDomain).toList();
    }

    /** Reads the member registry's table of the same schema (read only), so that the count is one query. */
    @Override
    public long countCurrentMembersOwing(int year, Money due) {
        return jdbc.sql("""
                        select count(*) from cooperation.member m
                        where m.status in ('ACTIVE', 'RETURNED')
                          and coalesce((select sum(p.amount) from cooperation.dues_payment p
                                        where p.year = :year and p.member_id = m.id), 0) < :due""")
                .param("year", year).param("due", due.amount())
                .query(Long.class).single();
    }

    private static DuesReminder reminder(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DuesReminder(new MemberId(rs.getObject("member_id", UUID.class)),
                rs.getInt("year"), DuesReminder.Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("sent_at").toInstant(), rs.getObject("sent_on", java.time.LocalDate.class),
                rs.getString("recipient_name"), rs.getString("recipient_email"));
    }

    @Override
    public void recordFailure(DuesReminder reminder, Instant failedAt, String reason) {
        jdbc.sql("""
                        with sent as (
                            delete from cooperation.dues_reminder
                            where member_id = :member and year = :year and kind = :kind and sent_at = :sentAt
                            returning member_id, year, kind, sent_at, recipient_name, recipient_email)
                        insert into cooperation.dues_reminder_failure
                            (id, member_id, year, kind, attempted_at, failed_at, recipient_name, recipient_email, reason)
                        select :id, member_id, year, kind, sent_at, :failedAt, recipient_name, recipient_email, :reason
                        from sent""")
                .param("id", UUID.randomUUID())
                .param("member", reminder.memberId().value())
                .param("year", reminder.year())
                .param("kind", reminder.kind().name())
                .param("sentAt", Timestamp.from(reminder.sentAt()))
                .param("failedAt", Timestamp.from(failedAt))
                .param("reason", reason == null ? "" : reason)
                .update();
    }

    @Override
    public Map<MemberId, DuesReminder> latestByMember(int year) {
        Map<MemberId, DuesReminder> latest = new HashMap<>();
        jdbc.sql("""
                        select distinct on (member_id) member_id, year, kind, sent_at, sent_on, recipient_name,
                               recipient_email
                        from cooperation.dues_reminder
                        where year = :year
                        order by member_id, sent_at desc""")
                .param("year", year)
                .query((rs, n) -> new DuesReminder(new MemberId(rs.getObject("member_id", UUID.class)),
                        rs.getInt("year"), DuesReminder.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("sent_at").toInstant(), rs.getObject("sent_on", java.time.LocalDate.class),
                        rs.getString("recipient_name"), rs.getString("recipient_email")))
                .list()
                .forEach(reminder -> latest.put(reminder.memberId(), reminder));
        return latest;
    }
}
