package fr.ploucs.cooperation.dues.adapter.out.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import java.nio.charset.StandardCharsets;

/**
 * The cooperation's e-mail bodies are Thymeleaf TEXT templates, {@code templates/cooperation/<feature>/mail/*.txt}.
 * Spring Boot adds every {@link ITemplateResolver} bean to its template engine, so they are rendered by the same
 * engine as the pages, with the same messages (in the recipient's language); the pages' resolver keeps every other name.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplates {

    @Bean
    ITemplateResolver cooperationMailTemplateResolver() {
        return resolver();
    }

    static ClassLoaderTemplateResolver resolver() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(java.util.Set.of("cooperation/*/mail/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
