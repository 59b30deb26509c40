package fr.ploucs.webparts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.springframework.beans.BeanWrapperImpl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a form: its {@link #end()} property does not come before its {@link #start()} (dates, times, date-times). The
 * error shows next to the end field, together with the form's other errors, so no controller checks the order of a
 * period by hand. The domain keeps the rule too (and names the same field in its violation); this is only so that
 * every mistake of a form shows at once. Nothing is checked while either is empty.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PeriodInOrder.Validator.class)
@Repeatable(PeriodInOrder.List.class)
public @interface PeriodInOrder {

    String start();

    String end();

    /** Whether the end may equal the start (a one-day grant: yes; a session ending when it starts: no). */
    boolean sameAllowed() default true;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        PeriodInOrder[] value();
    }

    class Validator implements ConstraintValidator<PeriodInOrder, Object> {

        private PeriodInOrder period;

        @Override
        public void initialize(PeriodInOrder period) {
            this.period = period;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            Object start = bean.getPropertyValue(period.start());
            Object end = bean.getPropertyValue(period.end());
            if (!(start instanceof Comparable first) || !(end instanceof Comparable last)) {
                return true;
            }
            int order = last.compareTo(first);
            if (order > 0 || order == 0 && period.sameAllowed()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(period.message()).addPropertyNode(period.end())
                    .addConstraintViolation();
            return false;
        }
    }
}
