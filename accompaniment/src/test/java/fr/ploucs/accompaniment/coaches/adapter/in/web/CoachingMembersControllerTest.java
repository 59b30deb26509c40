package fr.ploucs.accompaniment.coaches.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.sharedkernel.MemberId;
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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CoachingMembersController.class)
@Import(CoachingMembersControllerTest.MethodSecurity.class)
class CoachingMembersControllerTest {

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ListCoachingMembersUseCase listCoachingMembers;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coordinators_see_each_member_with_its_commune_and_status_in_french() throws Exception {
        when(listCoachingMembers.list(ListCoachingMembersQuery.everyone())).thenReturn(List.of(
                new CoachingMemberSummary(MemberId.newId(), "Élan solidaire", "Morcenx-la-Nouvelle", true,
                        LocalDate.of(2024, 3, 12), null, null),
                new CoachingMemberSummary(MemberId.newId(), "Terres & Liens", "Arjuzanx", false,
                        LocalDate.of(2023, 1, 5), LocalDate.of(2025, 9, 1), "fin d'activité"),
                new CoachingMemberSummary(MemberId.newId(), "Abeilles", null, false, null,
                        LocalDate.of(2025, 10, 2), null)));

        mvc.perform(get("/accompaniment/members").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Structures accompagnatrices</title>"),
                        containsString("<h1>Structures accompagnatrices</h1>"),
                        containsString("Élan solidaire"),
                        containsString("Morcenx-la-Nouvelle"),
                        containsString("Active depuis le 12/03/2024"),
                        containsString("Terres &amp; Liens"),
                        containsString("A quitté le réseau le 01/09/2025 : fin d&#39;activité"),
                        containsString("Abeilles"),
                        containsString("Non renseignée"),
                        containsString("A quitté le réseau le 02/10/2025<"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void says_so_when_no_member_is_known() throws Exception {
        when(listCoachingMembers.list(ListCoachingMembersQuery.everyone())).thenReturn(List.of());

        mvc.perform(get("/accompaniment/members").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Aucune structure membre n’est connue pour l’instant"),
                        not(containsString("<table")))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void speaks_english_to_english_readers() throws Exception {
        when(listCoachingMembers.list(ListCoachingMembersQuery.everyone())).thenReturn(List.of(
                new CoachingMemberSummary(MemberId.newId(), "Abeilles", "Ygos-Saint-Saturnin", true,
                        LocalDate.of(2024, 3, 12), null, null)));

        mvc.perform(get("/accompaniment/members").locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Coaching members</h1>"),
                        containsString("Active since 12 Mar 2024"))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_are_refused() throws Exception {
        mvc.perform(get("/accompaniment/members").locale(Locale.FRENCH))
                .andExpect(status().isForbidden());
    }
}
