package fr.ploucs.webparts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;

/**
 * On a form field: a date a person could mean, counted from today (the injected {@link Clock}, Paris time), so that
 * neither {@code 0001-01-01} nor {@code +999999999-12-31} reaches a use case or the database. Refused next to the
 * field, in French (English), with the bounds in the message:
 * <pre>
 * &#64;PlausibleDate(notBeforeYear = 1901, pastYears = PlausibleDate.ANY, futureYears = 0)  // a date of joining
 * private LocalDate joinedOn;
 *
 * &#64;PlausibleDate(pastYears = 1, futureYears = 3)  // a booking
 * private LocalDateTime startsAt;
 * </pre>
 * Accepts {@link LocalDate}, {@link LocalDateTime} (its day), {@link YearMonth} and {@link Year} (and an
 * {@code Integer} year, compared with the years of the bounds). Nothing is checked while the field is empty:
 * {@code @NotNull} says that. {@link #message()} is the text when the date is too early, {@link #tooLate()} when it
 * is too late; both may use {@code {earliest}} and {@code {latest}}, the bounds as the reader writes dates.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlausibleDate.Validator.class, PlausibleDate.YearValidator.class})
public @interface PlausibleDate {

    /** For {@link #pastYears()}: no bound back in time but {@link #notBeforeYear()}. */
    int ANY = -1;

    /** How many years before today a date may be ({@link #ANY}: no such bound). */
    int pastYears() default 10;

    /** How many years after today a date may be; 0: not after today. */
    int futureYears() default 10;

    /** The earliest year whatever today is (1901 for a date of joining: the law on associations); 0: none. */
    int notBeforeYear() default 0;

    /** The text when the date is too early. */
    String message() default "{webparts.plausible-date.too-early}";

    /** The text when the date is too late. */
    String tooLate() default "{webparts.plausible-date.too-late}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Dates, date-times, months and years. */
    class Validator implements ConstraintValidator<PlausibleDate, Object> {

        private final Clock clock;
        private PlausibleDate plausible;

        /** Outside Spring (a bare Bean Validation factory): today at Paris. */
        public Validator() {
            this(Clock.system(ParisClock.PARIS));
        }

        public Validator(Clock clock) {
            this.clock = clock;
        }

        /** In Spring: the application's clock (a slice test without one: today at Paris). */
        @Autowired
        public Validator(ObjectProvider<Clock> clock) {
            this(clock.getIfAvailable(() -> Clock.system(ParisClock.PARIS)));
        }

        @Override
        public void initialize(PlausibleDate plausible) {
            this.plausible = plausible;
        }

        /** The earliest and latest days a date may be, today being {@code today}. */
        public static LocalDate[] bounds(PlausibleDate plausible, LocalDate today) {
            LocalDate earliest = plausible.pastYears() < 0 ? LocalDate.MIN : today.minusYears(plausible.pastYears());
            if (plausible.notBeforeYear() != 0) {
                LocalDate absolute = LocalDate.of(plausible.notBeforeYear(), 1, 1);
                earliest = earliest.isBefore(absolute) ? absolute : earliest;
            }
            if (earliest.equals(LocalDate.MIN)) {
                earliest = LocalDate.of(1, 1, 1);
            }
            return new LocalDate[]{earliest, today.plusYears(plausible.futureYears())};
        }

        @Override
        public boolean isValid(Object value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate[] bounds = bounds(plausible, LocalDate.now(clock));
            int tooEarly;
            int tooLate;
            if (value instanceof LocalDate date) {
                tooEarly = date.compareTo(bounds[0]);
                tooLate = date.compareTo(bounds[1]);
            } else if (value instanceof LocalDateTime dateTime) {
                tooEarly = dateTime.toLocalDate().compareTo(bounds[0]);
                tooLate = dateTime.toLocalDate().compareTo(bounds[1]);
            } else if (value instanceof YearMonth month) {
                tooEarly = month.compareTo(YearMonth.from(bounds[0]));
                tooLate = month.compareTo(YearMonth.from(bounds[1]));
            } else if (value instanceof Year year) {
                tooEarly = Integer.compare(year.getValue(), bounds[0].getYear());
                tooLate = Integer.compare(year.getValue(), bounds[1].getYear());
            } else {
                throw new IllegalArgumentException("@PlausibleDate on a " + value.getClass().getSimpleName());
            }
            if (tooEarly >= 0 && tooLate <= 0) {
                return true;
            }
            refuse(context, tooEarly < 0 ? plausible.message() : plausible.tooLate(), bounds);
            return false;
        }

        static void refuse(ConstraintValidatorContext context, String template, LocalDate[] bounds) {
            ShownDates shown = ShownDates.in(LocaleContextHolder.getLocale());
            if (context instanceof HibernateConstraintValidatorContext hibernate) {
                hibernate.addMessageParameter("earliest", shown.date(bounds[0]))
                        .addMessageParameter("latest", shown.date(bounds[1]));
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        }
    }

    /** A year typed as a number ({@code Integer}), compared with the years of the bounds. */
    class YearValidator implements ConstraintValidator<PlausibleDate, Integer> {

        private final Validator dates;

        public YearValidator() {
            this.dates = new Validator();
        }

        @Autowired
        public YearValidator(ObjectProvider<Clock> clock) {
            this.dates = new Validator(clock);
        }

        @Override
        public void initialize(PlausibleDate plausible) {
            dates.initialize(plausible);
        }

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            if (year == null) {
                return true;
            }
            if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
                LocalDate[] bounds = Validator.bounds(dates.plausible, LocalDate.now(dates.clock));
                Validator.refuse(context, year < 0 ? dates.plausible.message() : dates.plausible.tooLate(), bounds);
                return false;
            }
            return dates.isValid(Year.of(year), context);
        }
    }

}
