package fr.ploucs.cooperation.dues.application;

import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentNotFound;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.members.application.port.in.MemberNotFound;
import fr.ploucs.cooperation.dues.application.port.out.DuesPaymentRepository;
import fr.ploucs.cooperation.dues.application.port.out.DuesReminderLog;
import fr.ploucs.cooperation.dues.application.port.out.DuesSettingsRepository;
import fr.ploucs.cooperation.dues.domain.DuesAmounts;
import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesRuleViolation;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.sharedkernel.events.DuesPaid;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The dues ledger: each year's settings, the payments, and where each active member stands. Members come from the
 * member registry ({@link MemberDirectoryQuery}); {@code DuesPaid} is published here, in the transaction of the payment.
 */
@Service
@Transactional
class DuesLedger implements DuesSettingsUseCase, DuesPaymentsUseCase, DuesOverviewQuery {

    private final DuesSettingsRepository settings;
    private final DuesPaymentRepository payments;
    private final DuesReminderLog reminders;
    private final MemberDirectoryQuery members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DuesLedger(DuesSettingsRepository settings, DuesPaymentRepository payments, DuesReminderLog reminders,
               MemberDirectoryQuery members, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.payments = payments;
        this.reminders = reminders;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DuesSettings> settings(int year) {
        return DuesSettings.isValidYear(year) ? settings.findByYear(year) : Optional.empty();
    }

    @Override
    public DuesSettings save(SaveDuesSettings command) {
        DuesSettings.requireValidYear(command.year());
        Optional<DuesSettings> current = settings.findByYear(command.year());
        Long storedVersion = current.map(DuesSettings::getVersion).orElse(null);
        if (!java.util.Objects.equals(storedVersion, command.expectedVersion())) {
            throw new DuesChangedMeanwhile("dues settings of " + command.year());
        }
        return settings.save(new DuesSettings(command.year(),
                DuesAmounts.euros(command.amount(), "dues.settings.amount"), command.generalAssemblyOn(),
                command.reminderDaysBefore(), command.expectedVersion()));
    }

    @Override
    public DuesPaymentId record(RecordDuesPayment command) {
        DuesSettings.requireValidYear(command.year());
        if (settings.findByYear(command.year()).isEmpty()) {
            throw new DuesRuleViolation("dues.settings.missing");
        }
        MemberEntry member = members.entryOf(command.memberId())
                .orElseThrow(() -> new MemberNotFound(command.memberId()));
        if (!member.currentMember()) {
            throw new DuesRuleViolation("dues.payment.member-not-active");
        }
        DuesPayment stored = payments.save(DuesPayment.received(DuesPaymentId.newId(), command.memberId(),
                command.year(), DuesAmounts.euros(command.amount(), "dues.payment.amount"), command.paidOn(),
                command.means(), command.reference(),
                LocalDate.now(clock)));
        events.publishEvent(new DuesPaid(UUID.randomUUID(), clock.instant(), stored.getMemberId(),
                member.name(), stored.getYear(), stored.getAmount().amount()));
        return stored.getId();
    }

    @Override
    public void correct(CorrectDuesPayment command) {
        DuesPayment payment = current(command.paymentId(), command.expectedVersion());
        payments.save(payment.correct(DuesAmounts.euros(command.amount(), "dues.payment.amount"), command.paidOn(), command.means(), command.reference(),
                LocalDate.now(clock)));
    }

    @Override
    public void delete(DeleteDuesPayment command) {
        payments.delete(current(command.paymentId(), command.expectedVersion()));
    }

    @Override
    @Transactional(readOnly = true)
    public DuesYearOverview overview(int year) {
        DuesSettings.requireValidYear(year);
        DuesSettings yearSettings = settings.findByYear(year).orElse(null);
        Money due = yearSettings == null ? Money.ZERO : yearSettings.getAmount();
        List<DuesPayment> yearPayments = payments.findAllOfYear(year);
        Map<MemberId, List<DuesPayment>> byMember = yearPayments.stream()
                .collect(Collectors.groupingBy(DuesPayment::getMemberId));
        Map<MemberId, DuesReminder> lastReminders = reminders.latestByMember(year);
        List<MemberEntry> active = members.currentMembers();
        List<MemberDues> memberDues = active.stream()
                .map(member -> new MemberDues(member.id(), member.name(), member.representative(),
                        DuesBalance.of(due, byMember.getOrDefault(member.id(), List.of())),
                        lastReminders.get(member.id())))
                .toList();
        Map<MemberId, String> names = new HashMap<>();
        active.forEach(member -> names.put(member.id(), member.name()));
        List<PaymentLine> lines = yearPayments.stream()
                .map(payment -> new PaymentLine(payment, names.computeIfAbsent(payment.getMemberId(),
                        id -> members.entryOf(id).map(MemberEntry::name).orElse("?"))))
                .toList();
        return new DuesYearOverview(year, yearSettings, memberDues, lines);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MemberDues> duesOf(MemberId memberId, int year) {
        DuesSettings.requireValidYear(year);
        return members.entryOf(memberId).filter(MemberEntry::currentMember).map(member -> {
            Money due = settings.findByYear(year).map(DuesSettings::getAmount).orElse(Money.ZERO);
            return new MemberDues(member.id(), member.name(), member.representative(),
                    DuesBalance.of(due, payments.findOfMember(memberId, year)),
                    reminders.latestOf(memberId, year).orElse(null));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public long unpaidCount(int year) {
        DuesSettings.requireValidYear(year);
        return settings.findByYear(year)
                .map(yearSettings -> payments.countCurrentMembersOwing(year, yearSettings.getAmount()))
                .orElse(0L);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DuesPayment> payment(DuesPaymentId id) {
        return payments.findById(id);
    }

    private DuesPayment current(DuesPaymentId id, Long expectedVersion) {
        DuesPayment payment = payments.findById(id).orElseThrow(() -> new DuesPaymentNotFound(id));
        if (payment.changedSince(expectedVersion)) {
            throw new DuesChangedMeanwhile("dues payment " + id);
        }
        return payment;
    }
}
