package fr.ploucs.webparts;

import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the web parts' formatters: a {@code WebMvcConfigurer}, so the pillars' {@code @WebMvcTest} slices get them too. */
@Component
class WebPartsConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new MoneyFormatter());
        registry.addFormatterForFieldAnnotation(new MoneyInput.Factory());
    }
}
