package fr.ploucs.webparts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a POST handler of a button without a form of its own (cancel, remove a line, close): where to go back when the
 * change is refused. {@link ErrorPages} answers a {@link fr.ploucs.sharedkernel.RuleViolation} or a
 * {@link fr.ploucs.sharedkernel.ChangedMeanwhile} with a redirect to {@link #value()} (its {@code {name}} parts are
 * the request's path variables) and the message key in the flash attribute {@link #flash()}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefusalRedirect {

    /** Where to go back, e.g. {@code /cooperation/funding/applications/{id}#plan}. */
    String value();

    /** The flash attribute the page shows the refusal from. */
    String flash() default "refusal";

    /** The message when the record was changed meanwhile; empty: the key the exception carries. */
    String changedMeanwhile() default "";
}
