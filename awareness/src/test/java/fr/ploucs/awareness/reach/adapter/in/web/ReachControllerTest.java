package fr.ploucs.awareness.reach.adapter.in.web;

import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.AudienceReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.CommuneReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.EpciReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.ToolReach;
import fr.ploucs.awareness.reach.application.port.in.ReachIndicatorsQuery.YearReach;
import fr.ploucs.sharedkernel.territory.ClasspathTerritoryReference;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.TerritoryDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReachController.class)
@Import(ReachControllerTest.TestSetup.class)
@WithMockUser(roles = "COORDINATOR")
class ReachControllerTest {

    /** Monday 7 December 2026 in Paris. */
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }

        @Bean
        FindTerritoryQuery territory() {
            return new TerritoryDirectory(ClasspathTerritoryReference.france());
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReachIndicatorsQuery reach;

    @BeforeEach
    void figures() {
        lenient().when(reach.years()).thenReturn(List.of(2026, 2025));
        lenient().when(reach.perYear()).thenReturn(List.of(new YearReach(2026, 3, 50), new YearReach(2025, 1, 100)));
        lenient().when(reach.perAudience(2026)).thenReturn(List.of(new AudienceReach("YOUTH", 2, 42),
                new AudienceReach("TEACHERS", 1, 30)));
        lenient().when(reach.perCommune(2026)).thenReturn(List.of(new CommuneReach("40197", 2, 38),
                new CommuneReach("40192", 1, 12)));
        lenient().when(reach.perEpci(2026)).thenReturn(List.of(
                new EpciReach("244000691", "CC du Pays Morcenais", 2, 38),
                new EpciReach(null, null, 1, 12)));
        lenient().when(reach.perTool(2026)).thenReturn(List.of(new ToolReach("Jeu de rôle", 2, 38),
                new ToolReach("=HYPERLINK(\"http://x\";\"clic\")", 1, 5), new ToolReach(null, 1, 12)));
    }

    @Test
    void the_page_shows_each_indicator_as_a_chart_drawn_from_the_accessible_table_next_to_it() throws Exception {
        mvc.perform(get("/awareness/reach").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Portée de la sensibilisation · PLOUCS</title>"),
                        containsString("<option value=\"2026\" selected=\"selected\">2026</option>"),
                        containsString("Personnes touchées par public en 2026"),
                        containsString("<div class=\"reach-chart\" id=\"reach-audiences-chart\" aria-hidden=\"true\" data-chart-for=\"reach-audiences\"></div>"),
                        containsString("<table class=\"data-table\" id=\"reach-audiences\" data-series=\"Personnes touchées\">"),
                        containsString("<th scope=\"row\">Jeunes</th>"),
                        containsString("data-people=\"42\""),
                        containsString("<th scope=\"row\">Morcenx-la-Nouvelle (40110)</th>"),
                        containsString("<th scope=\"row\">CC du Pays Morcenais</th>"),
                        containsString("<th scope=\"row\">Hors intercommunalité</th>"),
                        containsString("<th scope=\"row\">Aucun outil indiqué</th>"),
                        containsString("Personnes touchées année par année"),
                        containsString("id=\"reach-years-chart\""),
                        containsString("href=\"/awareness/reach/audiences.csv?year=2026\""),
                        containsString("href=\"/awareness/reach/years.csv\""),
                        containsString("src=\"/webjars/echarts/dist/echarts.min.js\""),
                        containsString("src=\"/js/awareness-reach-charts.js\""),
                        not(containsString("year-problem")))));
    }

    @Test
    void another_year_is_asked_for_by_the_selector() throws Exception {
        mvc.perform(get("/awareness/reach").param("year", "2025").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"2025\" selected=\"selected\">2025</option>"),
                        containsString("Aucune intervention réalisée en 2025."))));
        verify(reach).perAudience(2025);
    }

    @Test
    void a_year_out_of_range_or_not_a_year_gets_a_french_message_not_an_error() throws Exception {
        for (String year : List.of("1999", "2030", "abc", "99999999999999999999", "2026; drop")) {
            mvc.perform(get("/awareness/reach").param("year", year).locale(Locale.FRENCH))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(
                            containsString("n’est pas une année que l’on peut consulter : choisissez une année entre 2000 et 2029."),
                            containsString("<option value=\"2026\" selected=\"selected\">2026</option>"))));
        }
    }

    @Test
    void with_no_delivered_session_the_page_says_so() throws Exception {
        when(reach.years()).thenReturn(List.of());
        when(reach.perYear()).thenReturn(List.of());
        when(reach.perAudience(anyInt())).thenReturn(List.of());
        when(reach.perCommune(anyInt())).thenReturn(List.of());
        when(reach.perEpci(anyInt())).thenReturn(List.of());
        when(reach.perTool(anyInt())).thenReturn(List.of());

        mvc.perform(get("/awareness/reach").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Aucune intervention n’a encore été réalisée"),
                        not(containsString("data-chart-for")))));
    }

    @Test
    void a_csv_per_indicator_for_excel_in_french_with_a_bom_semicolons_and_formulas_neutralised() throws Exception {
        MvcResult result = mvc.perform(get("/awareness/reach/tools.csv").param("year", "2026").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("portee-outils-2026.csv")))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Outil pédagogique;Interventions;Personnes touchées\r\n"
                + "Jeu de rôle;2;38\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";1;5\r\n"
                + "Aucun outil indiqué;1;12\r\n");
    }

    @Test
    void the_communes_and_epci_csv_carry_their_codes() throws Exception {
        MvcResult communes = mvc.perform(get("/awareness/reach/communes.csv").param("year", "2026")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk()).andReturn();
        assertThat(communes.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Commune;Code INSEE;Interventions;Personnes touchées\r\n"
                + "Morcenx-la-Nouvelle (40110);40197;2;38\r\n"
                + "Mont-de-Marsan (40000);40192;1;12\r\n");
        MvcResult epcis = mvc.perform(get("/awareness/reach/epcis.csv").param("year", "2026").locale(Locale.FRENCH))
                .andExpect(status().isOk()).andReturn();
        assertThat(epcis.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Intercommunalité;SIREN;Interventions;Personnes touchées\r\n"
                + "CC du Pays Morcenais;244000691;2;38\r\n"
                + "Hors intercommunalité;;1;12\r\n");
        MvcResult years = mvc.perform(get("/awareness/reach/years.csv").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("portee-annees.csv")))
                .andReturn();
        assertThat(years.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "Année;Interventions;Personnes touchées\r\n2026;3;50\r\n2025;1;100\r\n");
    }

    @Test
    void an_unknown_indicator_or_a_year_out_of_range_in_a_csv_address_is_not_found() throws Exception {
        mvc.perform(get("/awareness/reach/secrets.csv").locale(Locale.FRENCH)).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/reach/audiences.csv").param("year", "1850")).andExpect(status().isNotFound());
        mvc.perform(get("/awareness/reach/audiences.csv").param("year", "deux-mille")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void only_coordinators_see_the_reach() throws Exception {
        mvc.perform(get("/awareness/reach")).andExpect(status().isForbidden());
        mvc.perform(get("/awareness/reach/audiences.csv")).andExpect(status().isForbidden());
    }
}
