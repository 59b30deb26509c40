package fr.ploucs.web;

import fr.ploucs.web.ShellModelAdvice.Shell.Item;
import fr.ploucs.web.ShellModelAdvice.Shell.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShellNavigationTest {

    @Test
    void groups_entries_by_the_pillar_named_in_their_label_key_in_the_order_they_come() {
        List<Section> sections = ShellModelAdvice.sections(List.of(
                new Item("nav.home", "/", false),
                new Item("nav.cooperation.members", "/cooperation/members", true),
                new Item("nav.accompaniment.members", "/accompaniment/members", false),
                new Item("nav.cooperation.dues", "/cooperation/dues", false),
                new Item("nav.accounts", "/accounts", false)));

        assertThat(sections).extracting(Section::pillar).containsExactly(null, "cooperation", "accompaniment", null);
        assertThat(sections.get(1).items()).extracting(Item::path)
                .containsExactly("/cooperation/members", "/cooperation/dues");
        assertThat(sections.get(1).current()).isTrue();
        assertThat(sections.get(2).current()).isFalse();
    }
}
