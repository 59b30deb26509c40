package fr.ploucs.accompaniment;

import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jury's pages over the running module and its database: the eleventh admission to a cohort of ten is refused on
 * the application's page with its French message, and the cohort's page counts the seats.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(SelectionPagesModuleTest.MethodSecurity.class)
@WithMockUser(username = "camille", roles = "COORDINATOR")
class SelectionPagesModuleTest {

    @TestConfiguration
    @EnableMethodSecurity
    static class MethodSecurity {
    }

    private static final List<String> CRITERIA = List.of("Utilité sociale", "Dimension collective");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ManageProgrammesUseCase manage;
    @Autowired
    private FindProgrammesQuery programmes;
    @Autowired
    private SelectionUseCase selection;

    @Test
    void the_eleventh_admission_to_a_cohort_of_ten_is_refused_on_the_page() throws Exception {
        Programme incubator = programmes.programmes().stream()
                .filter(programme -> programme.getName().equals("Incubateur")).findFirst().orElseThrow();
        CohortId cohort = manage.plan(new PlanCohort(incubator.getId(), "Promotion " + UUID.randomUUID(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10));
        manage.defineCall(new DefineCall(cohort, 0L, new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 7), CRITERIA)));
        mvc.perform(post("/accompaniment/cohorts/" + cohort + "/call/open").with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        List<ApplicationId> applications = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            ApplicationId id = selection.apply(new Apply(cohort.value(), null, "Projet " + i, null, "Léa\nPaul", null));
            selection.score(new Score(id, 0L, Map.of("Utilité sociale", 4, "Dimension collective", 3)));
            applications.add(id);
        }
        for (ApplicationId id : applications.subList(0, 10)) {
            selection.admit(new Decide(id, 1L, "Un projet collectif"));
        }

        mvc.perform(post("/accompaniment/applications/" + applications.get(10) + "/decision").with(csrf())
                        .locale(Locale.FRENCH).param("outcome", "ADMIT").param("reasons", "Très bon projet")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("La promotion est complète : toutes ses places sont prises, cette candidature ne peut pas être admise."),
                        containsString("Places libres dans la promotion : 0 sur 10."),
                        containsString("Très bon projet".replace("è", "&egrave;")))));

        mvc.perform(get("/accompaniment/cohorts/" + cohort).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("10 sur 10 (aucune place libre)"),
                        containsString("Complète"),
                        containsString("1 candidature à décider"),
                        containsString("href=\"/accompaniment/projects/"),
                        containsString("Budget d’accompagnement"))));
    }
}
