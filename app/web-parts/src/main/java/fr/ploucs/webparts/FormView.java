package fr.ploucs.webparts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a POST handler: the view that shows its form again when the change is refused. {@link ErrorPages} then answers a
 * {@link fr.ploucs.sharedkernel.RuleViolation} with that view, what was typed kept and the error next to its field,
 * and a {@link fr.ploucs.sharedkernel.ChangedMeanwhile} with that view and the "changed meanwhile" notice. So the
 * handler neither catches them nor repeats the rule:
 *
 * <pre>{@code
 * @PostMapping("/{id}")
 * @FormView(value = FORM, refill = "formPage")
 * String update(@PathVariable UUID id, @Valid @ModelAttribute("funder") FunderForm form, BindingResult errors) {
 *     if (errors.hasErrors()) { return formPage(id, model); }
 *     funders.update(...);
 *     return "redirect:...";
 * }
 * }</pre>
 *
 * The page shown again has the request's whole model (the forms bound, with their errors, and whatever the handler
 * added before the refusal), then {@link #refill()} if there is one.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormView {

    /** The template of the form, e.g. {@code cooperation/funding/application-form}. */
    String value();

    /**
     * A method of the same controller that puts in the model what the page needs besides the form (choices,
     * the record shown around the form). It takes what a handler takes ({@code @PathVariable}, {@code @RequestParam},
     * {@code Model}); what it returns is ignored. Empty: the model as the handler left it is enough.
     */
    String refill() default "";

    /** The message of the "changed meanwhile" notice; empty: the key the exception carries. */
    String changedMeanwhile() default "";
}
