package fr.ploucs.web;

import fr.ploucs.sharedkernel.NavigationEntry;
import fr.ploucs.sharedkernel.NavigationEntry.Audience;
import fr.ploucs.web.NavigationMenus.Group;
import fr.ploucs.web.NavigationMenus.Item;
import fr.ploucs.web.NavigationMenus.Menus;
import fr.ploucs.web.NavigationMenus.Section;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShellNavigationTest {

    private static final Set<Audience> COORDINATOR = EnumSet.of(Audience.EVERYONE, Audience.COORDINATORS);
    private static final Set<Audience> REPRESENTATIVE = EnumSet.of(Audience.EVERYONE, Audience.REPRESENTATIVES);

    private final NavigationMenus menus = new NavigationMenus(List.of(
            NavigationEntry.ofTheApp("nav.home", "/", 0, Audience.EVERYONE),
            NavigationEntry.forCoordinators("cooperation", "members", "nav.cooperation.members", "/cooperation/members", 10),
            NavigationEntry.forRepresentatives("cooperation", "members", "nav.cooperation.my-member", "/cooperation/my-member", 10),
            NavigationEntry.forCoordinators("accompaniment", "coaches", "nav.accompaniment.members", "/accompaniment/members", 20),
            NavigationEntry.forCoordinators("cooperation", "dues", "nav.cooperation.dues", "/cooperation/dues", 35),
            NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.resources", "/cooperation/resources", 40),
            NavigationEntry.forCoordinators("cooperation", "mutualisation", "nav.cooperation.bookings", "/cooperation/bookings", 40),
            NavigationEntry.ofTheApp("nav.accounts", "/accounts", 90, Audience.COORDINATORS)));

    @Test
    void the_header_shows_the_apps_entries_and_one_link_per_pillar_to_its_first_entry() {
        Menus menu = menus.forVisitor(COORDINATOR, "/accounts");

        assertThat(menu.header()).extracting(Item::labelKey).containsExactly(
                "nav.home", "nav.section.cooperation", "nav.section.accompaniment", "nav.accounts");
        assertThat(menu.header()).extracting(Item::path).containsExactly(
                "/", "/cooperation/members", "/accompaniment/members", "/accounts");
        assertThat(menu.header()).extracting(Item::ariaCurrent).containsExactly(null, null, null, "page");
        assertThat(menu.pillar()).isNull();
    }

    @Test
    void a_pillars_page_shows_that_pillars_features_grouped_with_the_current_one_marked() {
        Menus menu = menus.forVisitor(COORDINATOR, "/cooperation/bookings/2026-11-30");

        assertThat(menu.pillar().id()).isEqualTo("cooperation");
        assertThat(menu.pillar().labelKey()).isEqualTo("nav.section.cooperation");
        assertThat(menu.pillar().groups()).extracting(Group::feature).containsExactly("members", "dues", "mutualisation");
        assertThat(menu.pillar().groups()).extracting(Group::labelKey)
                .containsExactly(null, null, "nav.section.cooperation.mutualisation");
        assertThat(menu.pillar().groups().get(2).items()).extracting(Item::labelKey, Item::ariaCurrent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nav.cooperation.resources", null),
                        org.assertj.core.groups.Tuple.tuple("nav.cooperation.bookings", "true"));
        assertThat(menu.header()).extracting(Item::labelKey).doesNotContain("nav.cooperation.dues",
                "nav.cooperation.bookings");
        assertThat(menu.header().get(1).ariaCurrent()).isEqualTo("true");
        assertThat(menu.header().get(2).ariaCurrent()).isNull();
    }

    @Test
    void the_entrys_own_page_is_the_current_page_and_a_path_only_matches_whole_segments() {
        Menus onDues = menus.forVisitor(COORDINATOR, "/cooperation/dues");
        assertThat(onDues.pillar().groups().get(1).items().get(0).ariaCurrent()).isEqualTo("page");

        Menus elsewhere = menus.forVisitor(COORDINATOR, "/cooperation/duesx");
        assertThat(elsewhere.pillar().groups()).flatExtracting(Group::items).extracting(Item::ariaCurrent)
                .containsOnlyNulls();
    }

    @Test
    void a_page_under_the_pillars_path_without_an_entry_of_its_own_still_shows_the_pillars_navigation() {
        Menus menu = menus.forVisitor(COORDINATOR, "/cooperation/territory/communes");

        assertThat(menu.pillar().id()).isEqualTo("cooperation");
        assertThat(menu.header().get(1).ariaCurrent()).isEqualTo("true");
    }

    @Test
    void representatives_see_only_their_entries_and_the_pillars_they_may_use() {
        Menus menu = menus.forVisitor(REPRESENTATIVE, "/cooperation/my-member");

        assertThat(menu.header()).extracting(Item::labelKey).containsExactly("nav.home", "nav.section.cooperation");
        assertThat(menu.header().get(1).path()).isEqualTo("/cooperation/my-member");
        assertThat(menu.header().get(1).ariaCurrent()).isEqualTo("page");
        assertThat(menu.pillar().groups()).flatExtracting(Group::items).extracting(Item::labelKey)
                .containsExactly("nav.cooperation.my-member");
        assertThat(menus.forVisitor(REPRESENTATIVE, "/accompaniment/members").pillar()).isNull();
    }

    @Test
    void the_home_page_lists_every_pillars_entries_by_pillar_in_the_order_they_come() {
        List<Section> sections = menus.forVisitor(COORDINATOR, "/").sections();

        assertThat(sections).extracting(Section::pillar).containsExactly("cooperation", "accompaniment");
        assertThat(sections.get(0).items()).extracting(Item::path).containsExactly(
                "/cooperation/members", "/cooperation/dues", "/cooperation/resources", "/cooperation/bookings");
        assertThat(sections).noneMatch(Section::current);
    }
}
