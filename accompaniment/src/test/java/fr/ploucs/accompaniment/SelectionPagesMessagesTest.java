package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.LeadSource;
import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the programmes, applications and budget pages: both languages, every status labelled, and every
 * message key the features' rules throw (read from their sources) written in French and English, so that no refusal
 * ever shows a raw key next to a field.
 */
class SelectionPagesMessagesTest {

    private static final String[] BUNDLES = {"accompaniment-programmes", "accompaniment-applications",
            "accompaniment-budget"};
    private static final Pattern VIOLATION = Pattern.compile("RuleViolation\\([^,()]*, \"([a-z.-]+)\"");
    private static final Pattern CHANGED = Pattern.compile("super\\(id, \"([a-z.-]+)\"\\)");
    private static final Pattern TEXTS = Pattern.compile("Texts\\.(?:required|optional)\\([^\"]*\"[^\"]*\", \"([a-z.-]+)\"\\)");

    @Test
    void french_and_english_have_the_same_keys_and_every_status_has_a_label() {
        for (String bundle : BUNDLES) {
            MessageBundles.assertSameKeysInBothLanguages(bundle);
        }
        Properties programmes = MessageBundles.french("accompaniment-programmes");
        Arrays.stream(CallStatus.values())
                .forEach(status -> assertThat(programmes).containsKey("cohort.call.status." + status));
        Properties applications = MessageBundles.french("accompaniment-applications");
        Arrays.stream(Decision.values())
                .forEach(decision -> assertThat(applications).containsKey("application.decision." + decision));
        Arrays.stream(LeadSource.values())
                .forEach(source -> assertThat(applications).containsKey("lead.source." + source));
        assertThat(programmes.getProperty("nav.accompaniment.programmes")).isEqualTo("Programmes");
        assertThat(applications.getProperty("nav.accompaniment.applications")).isEqualTo("Candidatures");
    }

    @Test
    void every_rule_of_the_features_has_its_message_in_both_languages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String feature : new String[]{"programmes", "applications", "budget"}) {
            try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fr/ploucs/accompaniment", feature))) {
                for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    collect(VIOLATION.matcher(code), keys, "");
                    collect(CHANGED.matcher(code), keys, "");
                    collect(TEXTS.matcher(code), keys, ".required");
                    collect(TEXTS.matcher(code), keys, ".too-long");
                }
            }
        }
        assertThat(keys).contains("application.cohort.full", "cohort.capacity.range", "date.out-of-range",
                "budget.hours.beyond-granted", "lead.title.required", "programme.changed-meanwhile");
        Properties french = new Properties();
        Properties english = new Properties();
        for (String bundle : BUNDLES) {
            french.putAll(MessageBundles.french(bundle));
            english.putAll(MessageBundles.english(bundle));
        }
        assertThat(french.stringPropertyNames()).as("French rule messages").containsAll(keys);
        assertThat(english.stringPropertyNames()).as("English rule messages").containsAll(keys);
        assertThat(french.getProperty("application.cohort.full"))
                .startsWith("La promotion est complète : toutes ses places sont prises");
    }

    private static void collect(Matcher matcher, Set<String> keys, String suffix) {
        while (matcher.find()) {
            keys.add(matcher.group(1) + suffix);
        }
    }
}
