package fr.ploucs.awareness.testimonies.adapter.in.web;

import fr.ploucs.awareness.testimonies.application.port.in.SpeakerSummary;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SpeakersController.class)
@Import(SpeakersControllerTest.MethodSecurity.class)
class SpeakersControllerTest {

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private SpeakersUseCase speakers;
    @MockitoBean
    private FindTerritoryQuery territory;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coordinators_see_the_graduated_structures() throws Exception {
        when(speakers.speakers()).thenReturn(List.of(new SpeakerSummary(new SpeakerId(UUID.randomUUID()),
                "SCIC L’Épicerie qui roule", "Épicerie mobile", "SCIC", "40197", 3, LocalDate.of(2026, 6, 30))));
        when(territory.commune("40197")).thenReturn(Optional.of(new Commune("40197", "Morcenx-la-Nouvelle",
                List.of("40110"), "40", "244000691", 5022)));

        mvc.perform(get("/awareness/testimonies").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Témoins</h1>"),
                        containsString("SCIC L’Épicerie qui roule"), containsString("Épicerie mobile"),
                        containsString("Morcenx-la-Nouvelle"), containsString("30/06/2026"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void says_so_when_nobody_graduated_yet() throws Exception {
        mvc.perform(get("/awareness/testimonies").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune structure n’est encore sortie de l’incubateur.")));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get("/awareness/testimonies")).andExpect(status().isForbidden());
    }
}
