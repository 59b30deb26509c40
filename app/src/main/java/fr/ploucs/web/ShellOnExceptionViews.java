package fr.ploucs.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * A page rendered by an {@code @ExceptionHandler} (e.g. accompaniment's « Votre structure n’accompagne pas ce
 * projet ») gets a fresh model, without what {@link ShellModelAdvice} gives every other page: without this, the person
 * refused would lose the header, its navigation and the way to sign out.
 */
@Configuration(proxyBeanMethods = false)
class ShellOnExceptionViews implements WebMvcConfigurer {

    private final ShellModelAdvice shell;

    ShellOnExceptionViews(ShellModelAdvice shell) {
        this.shell = shell;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.replaceAll(this::withShell);
    }

    private HandlerExceptionResolver withShell(HandlerExceptionResolver resolver) {
        return (request, response, handler, exception) -> {
            ModelAndView view = resolver.resolveException(request, response, handler, exception);
            if (view != null && !view.isEmpty() && !view.getModel().containsKey("shell")
                    && (view.getViewName() == null || !view.getViewName().startsWith("redirect:"))) {
                view.addObject("shell", shell.shell(request));
            }
            return view;
        };
    }
}
