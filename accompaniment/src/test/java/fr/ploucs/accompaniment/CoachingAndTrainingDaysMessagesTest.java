package fr.ploucs.accompaniment;

import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coaching and training days pages speak French and English alike, and every refusal their rules can give has
 * a text in both: a key missing shows its raw key next to the field.
 */
class CoachingAndTrainingDaysMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"((?:coaching|training-day)\\.[a-z.-]+[a-z])\"");

    @Test
    void french_and_english_messages_have_the_same_keys() {
        MessageBundles.assertSameKeysInBothLanguages("accompaniment-coaching");
        MessageBundles.assertSameKeysInBothLanguages("accompaniment-trainingdays");
    }

    @Test
    void every_refusal_of_the_rules_has_a_text() throws IOException {
        Set<String> used = new TreeSet<>(Set.of("coaching.session.coachName.required",
                "coaching.session.topics.required", "training-day.topic.required"));
        for (String feature : new String[]{"coaching", "trainingdays"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/ploucs/accompaniment", feature))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher key = KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        used.add(key.group(1));
                    }
                }
            }
        }
        assertThat(used).contains("coaching.session.hours.range", "training-day.held-on.outside-cohort");
        Set<String> known = new TreeSet<>(MessageBundles.french("accompaniment-coaching").stringPropertyNames());
        known.addAll(MessageBundles.french("accompaniment-trainingdays").stringPropertyNames());
        assertThat(known).containsAll(used);
    }

    @Test
    void french_messages_are_read_as_utf8() {
        assertThat(MessageBundles.french("accompaniment-coaching").getProperty("nav.accompaniment.my-coaching"))
                .isEqualTo("Mes projets accompagnés");
    }
}
