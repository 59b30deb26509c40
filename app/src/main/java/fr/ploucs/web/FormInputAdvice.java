package fr.ploucs.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Text typed or pasted into any form of any pillar loses its invisible control characters (PostgreSQL refuses
 * the NUL character outright), keeping line breaks and tabs. Done once here rather than in every form.
 */
@ControllerAdvice
class FormInputAdvice {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    @InitBinder
    void dropControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : CONTROL_CHARACTERS.matcher(text).replaceAll(""));
            }
        });
    }
}
