package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.ChangedMeanwhile;
import fr.ploucs.sharedkernel.NotFound;
import fr.ploucs.sharedkernel.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolverComposite;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the errors of every pillar become pages, so that controllers neither catch them nor repeat
 * the rules:
 * <ul>
 *   <li>{@link NotFound}: the 404 page;</li>
 *   <li>{@link RuleViolation}: the form of the handler's {@link FormView} back, with what was typed and the error
 *       next to the violation's field (above the form when it has none), or, for a button without a form, the
 *       redirect of its {@link RefusalRedirect} with the message;</li>
 *   <li>a form field no form can have ({@code lines[100000].x}, past the binder's limit): a 400 page;</li>
 *   <li>{@link ChangedMeanwhile}: the same form back with the model attribute {@code changedMeanwhile} = true (the
 *       notice fragment reads it, and {@code changedMeanwhileMessage}, its message key, also given as the form's
 *       global error).</li>
 * </ul>
 * The form comes back with the request's own model: {@link #keepModel} keeps a hold on it before every handler, so
 * the form objects bound, their errors, and what the handler put in the model are all there.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorPages {

    public static final String CHANGED_MEANWHILE = "changedMeanwhile";
    public static final String CHANGED_MEANWHILE_MESSAGE = "changedMeanwhileMessage";

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String MODEL = ErrorPages.class.getName() + ".model";

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

    ErrorPages(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.adapter = adapter;
    }

    /** Keeps a hold on the model of the request, so a refused change shows its form again with it. */
    @ModelAttribute
    void keepModel(Model model, HttpServletRequest request) {
        request.setAttribute(MODEL, model);
    }

    @ExceptionHandler(NotFound.class)
    void notFound(NotFound e, HttpServletResponse response) throws IOException {
        LOG.debug("not found: {}", e.getMessage());
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A form sent with a field no form of PLOUCS could have (a line index past the binder's limit, {@code
     * items[100000].x}, or a nested path that cannot be reached): not something a person typed, so a bad request
     * (the error page), never a server error.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    void unreachableField(InvalidPropertyException e, HttpServletResponse response) throws IOException {
        LOG.debug("form field refused: {}", e.getMessage());
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView refused(RuleViolation violation, HandlerMethod handler, HttpServletRequest request,
                         HttpServletResponse response) throws Exception {
        FormView form = handler.getMethodAnnotation(FormView.class);
        if (form != null) {
            Map<String, Object> model = model(request);
            BindingResult errors = formErrors(model, violation.field().orElse(null));
            if (errors != null) {
                String field = violation.field().filter(f -> hasProperty(errors, f)).orElse(null);
                if (field != null) {
                    errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
                } else {
                    errors.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
                }
            }
            return formBack(form, handler, model, request, response);
        }
        RefusalRedirect redirect = handler.getMethodAnnotation(RefusalRedirect.class);
        if (redirect != null) {
            return redirect(redirect, violation.messageKey(), request);
        }
        return unplaced(violation, handler, response);
    }

    @ExceptionHandler(ChangedMeanwhile.class)
    ModelAndView changedMeanwhile(ChangedMeanwhile changed, HandlerMethod handler, HttpServletRequest request,
                                  HttpServletResponse response) throws Exception {
        FormView form = handler.getMethodAnnotation(FormView.class);
        if (form != null) {
            String message = StringUtils.hasText(form.changedMeanwhile()) ? form.changedMeanwhile() : changed.messageKey();
            Map<String, Object> model = model(request);
            BindingResult errors = formErrors(model, null);
            if (errors != null) {
                errors.reject(message);
            }
            model.put(CHANGED_MEANWHILE, true);
            model.put(CHANGED_MEANWHILE_MESSAGE, message);
            return formBack(form, handler, model, request, response);
        }
        RefusalRedirect redirect = handler.getMethodAnnotation(RefusalRedirect.class);
        if (redirect != null) {
            return redirect(redirect, StringUtils.hasText(redirect.changedMeanwhile()) ? redirect.changedMeanwhile()
                    : changed.messageKey(), request);
        }
        return unplaced(changed, handler, response);
    }

    private ModelAndView formBack(FormView form, HandlerMethod handler, Map<String, Object> model,
                                  HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (StringUtils.hasText(form.refill())) {
            model = refill(handler, form.refill(), model, request, response);
        }
        return new ModelAndView(form.value(), model);
    }

    /** Calls the controller's refill method as Spring MVC calls a handler, its model starting from the request's. */
    private Map<String, Object> refill(HandlerMethod handler, String name, Map<String, Object> model,
                                       HttpServletRequest request, HttpServletResponse response) throws Exception {
        Method method = Arrays.stream(handler.getBeanType().getDeclaredMethods())
                .filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(handler.getBeanType().getSimpleName()
                        + " has no method " + name + " to refill its form"));
        // The controller itself, not its security proxy: the request already passed its checks.
        Object target = AopProxyUtils.getSingletonTarget(handler.getBean());
        InvocableHandlerMethod invocable = new InvocableHandlerMethod(target == null ? handler.getBean() : target,
                method);
        RequestMappingHandlerAdapter mvc = adapter.getObject();
        invocable.setHandlerMethodArgumentResolvers(
                new HandlerMethodArgumentResolverComposite().addResolvers(mvc.getArgumentResolvers()));
        invocable.setDataBinderFactory(new DefaultDataBinderFactory(mvc.getWebBindingInitializer()));
        invocable.setParameterNameDiscoverer(new DefaultParameterNameDiscoverer());
        ModelAndViewContainer container = new ModelAndViewContainer();
        container.addAllAttributes(model);
        invocable.invokeForRequest(new ServletWebRequest(request, response), container);
        return container.getModel();
    }

    private static ModelAndView redirect(RefusalRedirect redirect, String messageKey, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String target = redirect.value();
        if (variables != null) {
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                target = target.replace("{" + variable.getKey() + "}", variable.getValue());
            }
        }
        RequestContextUtils.getOutputFlashMap(request).put(redirect.flash(), messageKey);
        return new ModelAndView("redirect:" + target);
    }

    /** A refusal from a handler that says neither where its form is nor where to go back: a 409, never a 500. */
    private static ModelAndView unplaced(RuntimeException e, HandlerMethod handler, HttpServletResponse response)
            throws IOException {
        LOG.warn("{} refused by {} which has neither @FormView nor @RefusalRedirect", e, handler.getShortLogMessage());
        response.sendError(HttpStatus.CONFLICT.value());
        return new ModelAndView();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(HttpServletRequest request) {
        Object model = request.getAttribute(MODEL);
        Map<String, Object> copy = new LinkedHashMap<>();
        if (model instanceof Model m) {
            copy.putAll(m.asMap());
        } else if (model instanceof Map<?, ?> map) {
            copy.putAll((Map<String, Object>) map);
        }
        return copy;
    }

    /** The errors of the form the violation concerns: the one with that field, else the first form bound. */
    private static BindingResult formErrors(Map<String, Object> model, String field) {
        BindingResult first = null;
        for (Object value : model.values()) {
            if (value instanceof BindingResult errors && errors.getTarget() != null) {
                if (first == null) {
                    first = errors;
                }
                if (field != null && hasProperty(errors, field)) {
                    return errors;
                }
            }
        }
        return first;
    }

    private static boolean hasProperty(BindingResult errors, String field) {
        return errors.getTarget() != null && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(),
                field.replaceAll("[.\\[].*", "")) != null;
    }
}
