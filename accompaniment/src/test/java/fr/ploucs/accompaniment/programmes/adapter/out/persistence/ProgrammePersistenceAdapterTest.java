package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real PostgreSQL, migrated by the module's scripts. Each test rolls back. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ProgrammePersistenceAdapter.class, ProgrammePersistenceMapperImpl.class})
class ProgrammePersistenceAdapterTest {

    @Autowired
    private ProgrammePersistenceAdapter adapter;

    @Test
    void the_network_s_two_programmes_exist_from_the_start() {
        assertThat(adapter.programmes()).extracting(Programme::getName)
                .contains("Entreprendre la ruralité", "Incubateur");
        assertThat(adapter.programmes()).allSatisfy(p -> assertThat(p.getMilestoneTemplate()).hasSize(5));
    }

    @Test
    void a_programme_and_a_cohort_with_its_call_round_trip() {
        Programme programme = adapter.save(Programme.create(ProgrammeId.newId(), "Parcours test", "Pour voir",
                List.of("Étape 1", "Étape 2")));
        assertThat(programme.getVersion()).isZero();
        Cohort cohort = Cohort.plan(CohortId.newId(), programme.getId(), "Promotion 2026-2027",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10);
        cohort.defineCall(new CallForApplications(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 7), List.of("Utilité sociale", "Ancrage territorial")));
        Cohort saved = adapter.save(cohort);

        Cohort read = adapter.lockCohort(saved.getId()).orElseThrow();
        assertThat(read.getCallStatus()).isEqualTo(CallStatus.READY);
        assertThat(read.getCall().criteria()).containsExactly("Utilité sociale", "Ancrage territorial");
        assertThat(read.getCall().juryOn()).isEqualTo(LocalDate.of(2026, 7, 7));
        assertThat(adapter.findProgramme(programme.getId()).orElseThrow().getMilestoneTemplate())
                .containsExactly("Étape 1", "Étape 2");
        assertThat(adapter.cohortsOf(programme.getId())).extracting(Cohort::getName).containsExactly("Promotion 2026-2027");
        assertThat(adapter.cohortChoices()).anySatisfy(choice -> {
            assertThat(choice.cohortId()).isEqualTo(saved.getId());
            assertThat(choice.programmeName()).isEqualTo("Parcours test");
            assertThat(choice.receivesApplications()).isFalse();
        });
    }

    @Test
    void a_stale_cohort_is_refused_and_names_are_unique_whatever_their_case() {
        Programme programme = adapter.save(Programme.create(ProgrammeId.newId(), "Parcours A", null, List.of()));
        Cohort saved = adapter.save(Cohort.plan(CohortId.newId(), programme.getId(), "P",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), 10));
        adapter.save(saved);
        assertThatThrownBy(() -> adapter.save(saved)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> adapter.save(Programme.create(ProgrammeId.newId(), "parcours a", null, List.of())))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class, refused -> {
                    assertThat(refused.field()).contains("name");
                    assertThat(refused.reason()).isEqualTo("programme.name.taken");
                });
    }
}
