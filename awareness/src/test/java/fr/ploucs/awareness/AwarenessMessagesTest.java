package fr.ploucs.awareness;

import fr.ploucs.testsupport.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A key missing from one language shows its raw key on screen to the users of that language. */
class AwarenessMessagesTest {

    @Test
    void french_and_english_messages_have_the_same_keys() {
        MessageBundles.assertSameKeysInBothLanguages("awareness");
        MessageBundles.assertSameKeysInBothLanguages("awareness-sessions");
        MessageBundles.assertSameKeysInBothLanguages("awareness-workshops");
        MessageBundles.assertSameKeysInBothLanguages("awareness-cjs");
        MessageBundles.assertSameKeysInBothLanguages("awareness-tools");
        MessageBundles.assertSameKeysInBothLanguages("awareness-reach");
        MessageBundles.assertSameKeysInBothLanguages("awareness-shell");
        MessageBundles.assertSameKeysInBothLanguages("awareness-testimonies");
        assertThat(MessageBundles.french("awareness-cjs").getProperty("awareness.cjs.document.type"))
                .isEqualTo("Le fichier doit être un PDF ou une image (PNG ou JPEG).");
        assertThat(MessageBundles.french("awareness").stringPropertyNames()).contains("nav.awareness.members");
    }

    @Test
    void french_messages_are_read_as_utf8() {
        assertThat(MessageBundles.french("awareness").getProperty("awareness.members.status.left"))
                .isEqualTo("A quitté le réseau le {0}");
    }
}
