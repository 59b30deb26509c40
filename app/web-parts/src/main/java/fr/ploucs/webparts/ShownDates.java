package fr.ploucs.webparts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates and times as people read them in their language: French {@code 29/11/2026} and {@code 29/11/2026 14:30},
 * English {@code 29 Nov 2026} and {@code 29 Nov 2026, 14:30}. Templates reach it as
 * {@code #shown} (see {@link WebPartsDialect}): {@code ${#shown.date(member.joinedOn)}}, never a pattern of their own. Instants are shown
 * at Paris time. A null value is shown as nothing.
 */
public final class ShownDates {

    /** The time zone of the network, in which instants are shown. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayAndMonth;
    private final DateTimeFormatter time;
    private final DateTimeFormatter monthAndYear;
    private final String dateTimeSeparator;

    private ShownDates(Locale locale, String date, String dayAndMonth, String dateTimeSeparator) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofPattern(date, locale);
        this.dayAndMonth = DateTimeFormatter.ofPattern(dayAndMonth, locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.monthAndYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.dateTimeSeparator = dateTimeSeparator;
    }

    /** French unless the language is English (the two languages of the screens). */
    public static ShownDates in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return new ShownDates(Locale.ENGLISH, "d MMM yyyy", "d MMM", ", ");
        }
        return new ShownDates(Locale.FRANCE, "dd/MM/yyyy", "dd/MM", " ");
    }

    /** {@code 29/11/2026}, {@code 29 Nov 2026}; a date-time or an instant shows its day. */
    public String date(Object value) {
        TemporalAccessor temporal = local(value);
        return temporal == null ? null : date.format(temporal);
    }

    /** {@code 29/11/2026 14:30}, {@code 29 Nov 2026, 14:30}. */
    public String dateTime(Object value) {
        TemporalAccessor temporal = local(value);
        return temporal == null ? null : date.format(temporal) + dateTimeSeparator + time.format(temporal);
    }

    /** {@code 14:30} in both languages. */
    public String time(Object value) {
        TemporalAccessor temporal = local(value);
        return temporal == null ? null : time.format(temporal);
    }

    /** {@code 29/11}, {@code 29 Nov}: a day in a calendar whose month and year are already shown. */
    public String dayAndMonth(Object value) {
        TemporalAccessor temporal = local(value);
        return temporal == null ? null : dayAndMonth.format(temporal);
    }

    /** {@code novembre 2026}, {@code November 2026}. */
    public String monthAndYear(Object value) {
        TemporalAccessor temporal = value instanceof YearMonth month ? month : local(value);
        return temporal == null ? null : monthAndYear.format(temporal);
    }

    /** {@code Lundi}, {@code Monday}: a day's name, capitalised, for a calendar's column headings. */
    public String dayOfWeek(Object value) {
        DayOfWeek day = value instanceof DayOfWeek given ? given
                : value == null ? null : DayOfWeek.from(local(value));
        if (day == null) {
            return null;
        }
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static TemporalAccessor local(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(PARIS).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(PARIS).toLocalDateTime();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(PARIS).toLocalDateTime();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime) {
            return (TemporalAccessor) value;
        }
        throw new IllegalArgumentException("not a date or a time: " + value.getClass().getName());
    }
}
