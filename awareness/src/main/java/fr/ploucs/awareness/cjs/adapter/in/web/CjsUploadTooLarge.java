package fr.ploucs.awareness.cjs.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload above the server's multipart limit (spring.servlet.multipart.max-file-size) is refused before any
 * controller runs: the signed authorisation's form comes back with the French « too large » message next to its
 * field rather than an error page. Any other upload gets the « too large » page (413), in the visitor's language.
 */
@ControllerAdvice
class CjsUploadTooLarge {

    private static final Pattern AUTHORISATION = Pattern.compile(
            "^" + Pattern.quote(CjsEditionsController.PATH) + "/cooperants/([0-9a-fA-F-]{36})/authorisation/?$");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request,
                          HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher authorisation = AUTHORISATION.matcher(path);
        if (authorisation.matches()) {
            RequestContextUtils.getOutputFlashMap(request).put(CjsCooperantsController.DOCUMENT_REFUSED,
                    "awareness.cjs.document.too-large");
            return new ModelAndView("redirect:" + CjsEditionsController.PATH + "/cooperants/"
                    + authorisation.group(1) + "#authorisation");
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return new ModelAndView("awareness/cjs/upload-too-large");
    }
}
