package fr.ploucs.web;

import fr.ploucs.SignedIn;
import fr.ploucs.sharedkernel.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The header shows the pillars; each pillar's features appear in that pillar's own navigation, on its pages. */
@SpringBootTest
@AutoConfigureMockMvc
class PillarNavigationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<NavigationEntry> entries;
    @Autowired
    MessageSource messages;

    @Test
    void a_pillars_features_appear_in_its_own_navigation_and_not_in_the_header() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        String page = page(session, "/cooperation/dues/2026", "fr");

        String header = nav(page, "main-nav");
        assertThat(header).contains(">Accueil</a>", ">Coopération</a>", ">Accompagnement</a>", ">Sensibilisation</a>",
                        ">Comptes</a>", "href=\"/cooperation/members\" aria-current=\"true\"")
                .doesNotContain("Cotisations", "Structures membres", "Ressources mutualisées", "Structures accompagnatrices");
        String pillar = nav(page, "pillar-nav");
        assertThat(pillar).contains("aria-label=\"Menu Coopération\"", ">Structures membres</a>", ">À remobiliser</a>",
                        ">Ressources mutualisées</a>", ">Réservations</a>", ">Échanges de pratiques</a>",
                        ">Financements</a>", ">Rémunération</a>", ">Partenaires et territoire</a>",
                        "href=\"/cooperation/dues\" aria-current=\"true\">Cotisations</a>", ">Mutualisation</span>",
                        ">Échanges et formation</span>")
                .doesNotContain("Structures accompagnatrices", "Structures animatrices", "Comptes");
        assertThat(page).contains("id=\"contenu\"");
    }

    @Test
    void every_pillar_shows_its_own_navigation_on_its_pages_and_none_outside_them() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);

        String accompaniment = page(session, "/accompaniment/members", "fr");
        assertThat(nav(accompaniment, "pillar-nav")).contains("aria-label=\"Menu Accompagnement\"",
                "aria-current=\"page\">Structures accompagnatrices</a>").doesNotContain("Cotisations");
        assertThat(nav(accompaniment, "main-nav")).contains("href=\"/accompaniment/members\" aria-current=\"page\">Accompagnement</a>");

        String awareness = page(session, "/awareness/members", "en");
        assertThat(nav(awareness, "pillar-nav")).contains("aria-label=\"Awareness menu\"", ">Facilitating members</a>");
        assertThat(nav(awareness, "main-nav")).contains(">Cooperation</a>", ">Accompaniment</a>", ">Accounts</a>");

        String member = page(session, "/cooperation/members/new", "fr");
        assertThat(nav(member, "pillar-nav")).contains("href=\"/cooperation/members\" aria-current=\"true\">Structures membres</a>");

        assertThat(page(session, "/notifications", "fr")).doesNotContain("class=\"pillar-nav\"");
        assertThat(page(session, "/", "fr")).doesNotContain("class=\"pillar-nav\"");
    }

    @Test
    void every_entry_pillar_and_feature_heading_is_said_in_french_and_in_english() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            entries.forEach(entry -> assertThat(messages.getMessage(entry.labelKey(), null, null, language))
                    .as(entry.labelKey()).isNotBlank());
            entries.stream().filter(NavigationEntry::inPillar).map(NavigationEntry::pillar).distinct()
                    .forEach(pillar -> assertThat(messages.getMessage("nav.section." + pillar, null, null, language))
                            .as(pillar).isNotBlank());
            // A feature showing several entries to the same audience is headed by its own label.
            Map<String, Long> entriesPerFeature = entries.stream().filter(NavigationEntry::inPillar)
                    .collect(Collectors.groupingBy(entry -> entry.pillar() + "." + entry.feature() + "/" + entry.audience(),
                            Collectors.counting()));
            entriesPerFeature.forEach((feature, count) -> {
                if (count > 1) {
                    String key = "nav.section." + feature.substring(0, feature.indexOf('/'));
                    assertThat(messages.getMessage(key, null, null, language))
                            .as("heading " + key + " in " + language).isNotBlank();
                }
            });
        }
    }

    private String page(MockHttpSession session, String path, String language) throws Exception {
        return mvc.perform(get(path).session(session).param("lang", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String nav(String page, String navClass) {
        int start = page.indexOf("<nav class=\"" + navClass + "\"");
        assertThat(start).as(navClass + " in the page").isNotNegative();
        return page.substring(start, page.indexOf("</nav>", start));
    }
}
