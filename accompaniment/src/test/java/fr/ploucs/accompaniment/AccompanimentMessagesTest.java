package fr.ploucs.accompaniment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A key missing from one language shows its raw key on screen to the users of that language. */
class AccompanimentMessagesTest {

    @Test
    void french_and_english_messages_have_the_same_keys() throws IOException {
        Properties french = load("messages/accompaniment.properties");
        Properties english = load("messages/accompaniment_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(french.stringPropertyNames());
        assertThat(french.stringPropertyNames()).contains("nav.accompaniment.members");
    }

    @Test
    void french_messages_are_read_as_utf8() throws IOException {
        assertThat(load("messages/accompaniment.properties").getProperty("accompaniment.members.status.left"))
                .isEqualTo("A quitté le réseau le {0}");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AccompanimentMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
