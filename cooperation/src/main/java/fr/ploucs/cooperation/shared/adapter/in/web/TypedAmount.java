package fr.ploucs.cooperation.shared.adapter.in.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An optional positive amount as people type it in France: « 1 500 », « 45,50 », « 45.5 », « 1 500,00 € ». At most two
 * decimals. Empty is left to {@code @NotBlank} where the amount is required.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TypedAmount.Validator.class)
public @interface TypedAmount {

    String message() default "{funding.amount.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TypedAmount, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            BigDecimal amount = FundingAmountText.parse(value);
            return amount != null && amount.signum() > 0;
        }
    }
}
