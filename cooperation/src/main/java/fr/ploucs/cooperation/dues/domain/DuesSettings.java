package fr.ploucs.cooperation.dues.domain;

import fr.ploucs.sharedkernel.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the network decides for one year's dues (« cotisation ») : the amount each active member owes, the date of
 * the year's general assembly (« assemblée générale ») if already set, and how many days before it the automatic
 * reminder goes to the members who have not paid. Its version guards against two coordinators overwriting each other.
 */
public final class DuesSettings {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int DEFAULT_REMINDER_DAYS = 30;
    public static final int MAX_REMINDER_DAYS = 365;

    private final int year;
    private final Money amount;
    private final LocalDate generalAssemblyOn;
    private final int reminderDaysBefore;
    private final Long version;

    public DuesSettings(int year, Money amount, LocalDate generalAssemblyOn, int reminderDaysBefore, Long version) {
        requireValidYear(year);
        this.year = year;
        this.amount = DuesAmounts.euros(amount, "dues.settings.amount");
        if (reminderDaysBefore < 1 || reminderDaysBefore > MAX_REMINDER_DAYS) {
            throw new DuesRuleViolation("dues.settings.reminderDays.range");
        }
        if (generalAssemblyOn != null && Math.abs(generalAssemblyOn.getYear() - year) > 1) {
            throw new DuesRuleViolation("dues.settings.generalAssemblyOn.year");
        }
        this.generalAssemblyOn = generalAssemblyOn;
        this.reminderDaysBefore = reminderDaysBefore;
        this.version = version;
    }

    public static void requireValidYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DuesRuleViolation("dues.year.range");
        }
    }

    public static boolean isValidYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The day the automatic reminder goes out, or null while the general assembly has no date. */
    public LocalDate reminderDate() {
        return generalAssemblyOn == null ? null : generalAssemblyOn.minusDays(reminderDaysBefore);
    }

    /**
     * Whether the automatic reminder is due on {@code today}: from the reminder date until the day before the
     * general assembly, so that a day the daily job did not run (server down) is caught up the next day.
     */
    public boolean automaticReminderDueOn(LocalDate today) {
        return generalAssemblyOn != null && !today.isBefore(reminderDate()) && today.isBefore(generalAssemblyOn);
    }

    /** Whether these settings were saved after {@code expectedVersion}, the version a coordinator's change is based on. */
    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public int getYear() { return year; }
    public Money getAmount() { return amount; }
    public LocalDate getGeneralAssemblyOn() { return generalAssemblyOn; }
    public int getReminderDaysBefore() { return reminderDaysBefore; }
    public Long getVersion() { return version; }
}
