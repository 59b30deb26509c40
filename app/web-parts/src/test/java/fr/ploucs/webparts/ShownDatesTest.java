package fr.ploucs.webparts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ShownDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    private static final LocalDateTime MOMENT = LocalDateTime.of(2026, 11, 29, 14, 30);

    @Test
    void french_dates_read_day_month_year_with_slashes() {
        ShownDates french = ShownDates.in(Locale.FRENCH);
        assertThat(french.date(DAY)).isEqualTo("29/11/2026");
        assertThat(french.date(LocalDate.of(2026, 3, 4))).isEqualTo("04/03/2026");
        assertThat(french.dateTime(MOMENT)).isEqualTo("29/11/2026 14:30");
        assertThat(french.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(french.dayAndMonth(DAY)).isEqualTo("29/11");
        assertThat(french.monthAndYear(DAY)).isEqualTo("novembre 2026");
        assertThat(french.dayOfWeek(DAY)).isEqualTo("Dimanche");
    }

    @Test
    void english_dates_spell_the_month() {
        ShownDates english = ShownDates.in(Locale.ENGLISH);
        assertThat(english.date(DAY)).isEqualTo("29 Nov 2026");
        assertThat(english.dateTime(MOMENT)).isEqualTo("29 Nov 2026, 14:30");
        assertThat(english.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(english.dayAndMonth(DAY)).isEqualTo("29 Nov");
        assertThat(english.monthAndYear(DAY)).isEqualTo("November 2026");
        assertThat(english.dayOfWeek(DAY)).isEqualTo("Sunday");
        assertThat(english.date(LocalDate.of(2026, 9, 1))).isEqualTo("1 Sep 2026");
    }

    @Test
    void french_is_the_default_and_instants_are_shown_at_paris_time() {
        ShownDates unknown = ShownDates.in(Locale.GERMAN);
        assertThat(unknown.dateTime(Instant.parse("2026-11-29T13:30:00Z"))).isEqualTo("29/11/2026 14:30");
        assertThat(ShownDates.in(null).date(DAY)).isEqualTo("29/11/2026");
    }

    @Test
    void nothing_is_shown_for_no_date() {
        assertThat(ShownDates.in(Locale.FRENCH).date(null)).isNull();
        assertThat(ShownDates.in(Locale.ENGLISH).dateTime(null)).isNull();
    }
}
