package fr.ploucs.cooperation.shared.adapter.in.web;

import fr.ploucs.cooperation.shared.domain.Siret;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An optional SIRET: empty, or 14 digits (spaces allowed) that pass the check of {@link Siret}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidSiret.Validator.class)
public @interface ValidSiret {

    String message() default "{member.siret.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidSiret, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Siret.isValid(Siret.normalise(value));
        }
    }
}
