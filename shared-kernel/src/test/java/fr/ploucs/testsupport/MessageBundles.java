package fr.ploucs.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's texts, {@code messages/<module>.properties} (French) and {@code messages/<module>_en.properties},
 * read as the application reads them (UTF-8). A key missing from one language shows its raw key on screen.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    public static Properties french(String module) {
        return load("messages/" + module + ".properties");
    }

    public static Properties english(String module) {
        return load("messages/" + module + "_en.properties");
    }

    public static void assertSameKeysInBothLanguages(String module) {
        assertThat(english(module).stringPropertyNames())
                .as("keys of messages/%s_en.properties", module)
                .isEqualTo(french(module).stringPropertyNames());
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
