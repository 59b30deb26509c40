package fr.ploucs.web;

import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleMessagesTest {

    @Test
    void finds_the_bundle_of_every_module_on_the_classpath() {
        assertThat(ModuleMessagesConfiguration.moduleBundles()).containsExactly(
                "classpath:messages/accompaniment", "classpath:messages/awareness",
                "classpath:messages/cooperation", "classpath:messages/cooperation-funding",
                "classpath:messages/platform");
    }

    @Test
    void every_module_says_everything_in_french_and_in_english() {
        List<String> modules = Arrays.stream(ModuleMessagesConfiguration.moduleBundles())
                .map(bundle -> bundle.substring("classpath:messages/".length()))
                .toList();
        modules.forEach(MessageBundles::assertSameKeysInBothLanguages);
    }
}
