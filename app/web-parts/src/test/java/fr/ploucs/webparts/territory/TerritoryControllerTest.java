package fr.ploucs.webparts.territory;

import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.Departement;
import fr.ploucs.sharedkernel.territory.Epci;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The picker's suggestions, as any pillar's form fetches them (moved here with the picker from cooperation). */
@WebMvcTest(TerritoryController.class)
class TerritoryControllerTest {

    /** The web parts have no application of their own: this one boots the slice. */
    @SpringBootApplication
    @EnableMethodSecurity
    static class WebPartsSlice {
    }

    private static final Commune MORCENX = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40",
            "244000691", 5022);
    private static final Epci PAYS_MORCENAIS = new Epci("244000691", "CC du Pays Morcenais", "CC");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private FindTerritoryQuery territory;

    @BeforeEach
    void theReference() {
        lenient().when(territory.epci("244000691")).thenReturn(Optional.of(PAYS_MORCENAIS));
        lenient().when(territory.departement("40")).thenReturn(Optional.of(new Departement("40", "Landes")));
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void the_suggestions_answer_any_signed_in_user_with_options_for_the_datalist() throws Exception {
        when(territory.suggestCommunes("morcenx")).thenReturn(List.of(MORCENX));

        mvc.perform(get("/territory/communes").param("field", "commune").param("commune", "morcenx")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<option value=\"Morcenx-la-Nouvelle (40110)\">Landes (40) · CC du Pays Morcenais</option>"),
                        not(containsString("<html")))));

        when(territory.suggestEpcis("morcenais")).thenReturn(List.of(PAYS_MORCENAIS));
        mvc.perform(get("/territory/epcis").param("q", "morcenais"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"CC du Pays Morcenais (244000691)\">CC</option>")));
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void the_postcode_typed_chooses_which_postcode_the_suggestion_shows() throws Exception {
        Commune dax = new Commune("40088", "Dax", List.of("40100", "40990"), "40", null, 20000);
        when(territory.suggestCommunes("40990")).thenReturn(List.of(dax));

        mvc.perform(get("/territory/communes").param("q", "40990"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Dax (40990)\">Landes (40)</option>")));
    }

    @Test
    @WithAnonymousUser
    void nobody_signed_out_gets_suggestions() throws Exception {
        mvc.perform(get("/territory/communes").param("q", "morcenx"))
                .andExpect(status().is4xxClientError());
        verifyNoInteractions(territory);
    }
}
