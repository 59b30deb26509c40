package fr.ploucs.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every module ships its texts as {@code messages/<module>.properties} (French, the default) and
 * {@code messages/<module>_en.properties}. They are all found on the classpath, so a pillar adds screens and
 * notification texts without touching the app.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessagesConfiguration {

    private static final Pattern DEFAULT_BUNDLE = Pattern.compile(".*/messages/([a-z][a-z0-9-]*)\\.properties$");

    @Bean
    MessageSource messageSource() {
        var messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(moduleBundles());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static String[] moduleBundles() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
            return Arrays.stream(bundles)
                    .map(ModuleMessagesConfiguration::moduleOf)
                    .filter(Objects::nonNull)
                    .map(module -> "classpath:messages/" + module)
                    .collect(TreeSet<String>::new, TreeSet::add, TreeSet::addAll)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the modules' message bundles", e);
        }
    }

    private static String moduleOf(Resource bundle) {
        try {
            Matcher matcher = DEFAULT_BUNDLE.matcher(bundle.getURL().toString());
            return matcher.matches() ? matcher.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
