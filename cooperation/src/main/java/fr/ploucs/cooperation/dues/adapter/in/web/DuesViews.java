package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What the dues pages show. */
final class DuesViews {

    private DuesViews() {
    }

    /** @param settings null while the year's amount is not set */
    record YearView(int year, SettingsView settings, List<MemberDuesView> unpaid, List<MemberDuesView> paid,
                    List<PaymentView> payments, BigDecimal received) {
    }

    record SettingsView(int year, BigDecimal amount, LocalDate generalAssemblyOn, int reminderDaysBefore,
                        LocalDate reminderDate, Long version) {
    }

    /** @param lastReminderAt Paris time, or null when no reminder was sent for the year */
    record MemberDuesView(UUID memberId, String name, String representativeName, String representativeEmail,
                          BigDecimal due, BigDecimal paid, BigDecimal remaining, DuesBalance.Status status,
                          LocalDateTime lastReminderAt, DuesReminder.Kind lastReminderKind) {
    }

    record PaymentView(UUID id, UUID memberId, String memberName, LocalDate paidOn, BigDecimal amount,
                       PaymentMeans means, String reference, Long version) {
    }

    record MemberChoice(UUID id, String name) {
    }
}
