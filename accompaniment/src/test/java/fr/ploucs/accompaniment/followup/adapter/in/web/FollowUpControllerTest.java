package fr.ploucs.accompaniment.followup.adapter.in.web;

import fr.ploucs.accompaniment.followup.application.port.in.CheckInChangedMeanwhile;
import fr.ploucs.accompaniment.followup.application.port.in.CheckInNotFound;
import fr.ploucs.accompaniment.followup.application.port.in.FollowUpUseCase;
import fr.ploucs.accompaniment.followup.domain.ActivityStatus;
import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;
import fr.ploucs.accompaniment.followup.domain.FollowUpRuleViolation;
import fr.ploucs.accompaniment.followup.domain.RevenueBand;
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

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FollowUpController.class)
@Import(FollowUpControllerTest.TestSetup.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class FollowUpControllerTest {

    static final Instant NOW = Instant.parse("2027-05-10T10:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private FollowUpUseCase followUps;

    private final UUID project = UUID.randomUUID();
    private final CheckIn sixMonths = new CheckIn(CheckInId.newId(), project, "La Recyclerie", 6,
            LocalDate.of(2027, 5, 1), true, null, 0L);

    @BeforeEach
    void theCheckIn() {
        lenient().when(followUps.checkIn(sixMonths.getId())).thenReturn(sixMonths);
        lenient().when(followUps.checkIn(any())).thenAnswer(call -> {
            if (call.getArgument(0).equals(sixMonths.getId())) {
                return sixMonths;
            }
            throw new CheckInNotFound(call.getArgument(0));
        });
    }

    @Test
    void the_check_ins_due_are_listed_with_their_project_and_a_link_to_record_them() throws Exception {
        when(followUps.due()).thenReturn(List.of(sixMonths));
        mvc.perform(get("/accompaniment/followup").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Suivi après l’incubateur · PLOUCS</title>"),
                        containsString("1 suivi à faire"),
                        containsString("href=\"/accompaniment/projects/" + project + "\">La Recyclerie</a>"),
                        containsString("6 mois · 01/05/2027"),
                        containsString("href=\"/accompaniment/followup/" + sixMonths.getId() + "\""))));
    }

    @Test
    void says_so_when_nothing_is_due() throws Exception {
        when(followUps.due()).thenReturn(List.of());
        mvc.perform(get("/accompaniment/followup").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun suivi n’est à faire pour l’instant.")));
    }

    @Test
    void recording_a_check_in_saves_status_jobs_revenue_and_needs() throws Exception {
        mvc.perform(get("/accompaniment/followup/" + sixMonths.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Suivi à 6 mois : La Recyclerie"),
                        containsString("En difficulté"), containsString("De 10 000 à 50 000 €"))));

        mvc.perform(post("/accompaniment/followup/" + sixMonths.getId()).with(csrf())
                        .param("status", "ACTIVE").param("jobs", "2").param("revenue", "FROM_10K_TO_50K")
                        .param("needs", "Trouver un local").param("recordedOn", "2027-05-09").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/accompaniment/projects/" + project + "#check-ins-title"));
        verify(followUps).record(sixMonths.getId(), 0L, new CheckIn.Report(ActivityStatus.ACTIVE, 2,
                RevenueBand.FROM_10K_TO_50K, "Trouver un local", LocalDate.of(2027, 5, 9)));
    }

    @Test
    void odd_input_is_refused_in_french_never_with_an_error_page() throws Exception {
        mvc.perform(post("/accompaniment/followup/" + sixMonths.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("status", "RICH").param("jobs", "99999999999").param("revenue", "")
                        .param("needs", "x".repeat(5000)).param("recordedOn", "3000-01-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Choisissez une situation de la liste."),
                        containsString("Indiquez un nombre d’emplois entre 0 et 500."),
                        containsString("Choisissez la tranche de chiffre d’affaires."),
                        containsString("Les besoins ne doivent pas dépasser 4 000 caractères."),
                        containsString("Indiquez une date entre 2000 et 2100."))));
        doThrow(new FollowUpRuleViolation("recordedOn", "followup.recorded-on.too-early")).when(followUps)
                .record(eq(sixMonths.getId()), eq(0L), any());
        mvc.perform(post("/accompaniment/followup/" + sixMonths.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("status", "ACTIVE").param("jobs", "1").param("revenue", "NONE")
                        .param("recordedOn", "2027-01-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce suivi ne peut être noté plus d’un mois avant son échéance.")));
        mvc.perform(get("/accompaniment/followup/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/accompaniment/followup/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void a_check_in_recorded_meanwhile_is_not_overwritten() throws Exception {
        doThrow(new CheckInChangedMeanwhile(sixMonths.getId())).when(followUps)
                .record(eq(sixMonths.getId()), eq(0L), any());
        mvc.perform(post("/accompaniment/followup/" + sixMonths.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("status", "ACTIVE").param("jobs", "1").param("revenue", "NONE")
                        .param("recordedOn", "2027-05-09").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"changed-meanwhile\""),
                        containsString("Quelqu’un d’autre a noté ce suivi entre-temps"))));
    }

    @Test
    @WithMockUser(username = "lou", roles = "REPRESENTATIVE")
    void representatives_do_not_see_the_follow_up() throws Exception {
        mvc.perform(get("/accompaniment/followup")).andExpect(status().isForbidden());
        mvc.perform(post("/accompaniment/followup/" + sixMonths.getId()).with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(followUps);
    }
}
