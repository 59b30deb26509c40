package fr.ploucs.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Boot's error controller (the French pages of {@code templates/error/}), except that {@code /error} typed in the
 * address bar, with no error behind it, is a page that does not exist (404) rather than a server error (500).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class PloucsErrorController extends BasicErrorController {

    PloucsErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                          ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, webProperties.getError(), resolvers.orderedStream().toList());
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }
}
