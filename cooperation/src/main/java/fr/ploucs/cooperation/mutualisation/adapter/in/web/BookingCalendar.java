package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A week or a month of bookings laid out as a grid of days, Monday first, in Paris time. A booking shows on every
 * day it covers, with the hours it takes on that day (00:00 when it began the day before, 24:00 when it goes on).
 */
record BookingCalendar(Span span, LocalDate first, LocalDate last, LocalDate periodStart, LocalDate previous,
                       LocalDate next, LocalDate today, List<Week> weeks) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    enum Span {
        WEEK, MONTH;

        String param() {
            return name().toLowerCase();
        }
    }

    record Week(List<Day> days) {
    }

    record Day(LocalDate date, boolean inPeriod, boolean today, List<Entry> entries) {
    }

    record Entry(BookingView booking, String from, String to) {
    }

    /** The first and last day shown for {@code span} around {@code anchor}. */
    static LocalDate[] gridOf(Span span, LocalDate anchor) {
        if (span == Span.WEEK) {
            LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new LocalDate[]{monday, monday.plusDays(6)};
        }
        LocalDate monthStart = anchor.withDayOfMonth(1);
        return new LocalDate[]{monthStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                monthStart.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PARIS).toInstant();
    }

    static BookingCalendar of(Span span, LocalDate anchor, LocalDate today, List<BookingView> bookings) {
        LocalDate[] grid = gridOf(span, anchor);
        LocalDate periodStart = span == Span.WEEK ? grid[0] : anchor.withDayOfMonth(1);
        LocalDate periodEnd = span == Span.WEEK ? grid[1] : periodStart.with(TemporalAdjusters.lastDayOfMonth());
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = grid[0]; !monday.isAfter(grid[1]); monday = monday.plusWeeks(1)) {
            List<Day> days = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                days.add(new Day(date, !date.isBefore(periodStart) && !date.isAfter(periodEnd), date.equals(today),
                        entriesOn(date, bookings)));
            }
            weeks.add(new Week(days));
        }
        LocalDate previous = span == Span.WEEK ? periodStart.minusWeeks(1) : periodStart.minusMonths(1);
        LocalDate next = span == Span.WEEK ? periodStart.plusWeeks(1) : periodStart.plusMonths(1);
        return new BookingCalendar(span, grid[0], grid[1], periodStart, previous, next, today, weeks);
    }

    private static List<Entry> entriesOn(LocalDate date, List<BookingView> bookings) {
        LocalDateTime dayStart = date.atStartOfDay();
        LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
        return bookings.stream()
                .filter(booking -> booking.startsAt().isBefore(dayEnd) && booking.endsAt().isAfter(dayStart))
                .map(booking -> new Entry(booking,
                        booking.startsAt().isBefore(dayStart) ? "00:00" : HOURS.format(booking.startsAt()),
                        booking.endsAt().isAfter(dayEnd) || booking.endsAt().equals(dayEnd)
                                ? "24:00" : HOURS.format(booking.endsAt())))
                .toList();
    }

    public String spanParam() {
        return span.param();
    }
}
