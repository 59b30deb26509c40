package fr.ploucs.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The notification e-mails' bodies are Thymeleaf TEXT templates, {@code templates/notification/mail/*.txt}, rendered
 * by the pages' template engine (Spring Boot adds every {@link ITemplateResolver} bean to it) with the same messages.
 */
@Configuration(proxyBeanMethods = false)
class NotificationMailTemplates {

    @Bean
    ITemplateResolver notificationMailTemplateResolver() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("notification/mail/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }
}
