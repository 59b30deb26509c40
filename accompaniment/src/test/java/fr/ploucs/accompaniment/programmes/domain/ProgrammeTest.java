package fr.ploucs.accompaniment.programmes.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeTest {

    @Test
    void a_programme_keeps_its_milestones_in_order_without_blanks() {
        Programme programme = Programme.create(ProgrammeId.newId(), " Incubateur ", " ",
                Arrays.asList("Analyse des besoins", "", null, "Modèle économique"));
        assertThat(programme.getName()).isEqualTo("Incubateur");
        assertThat(programme.getDescription()).isNull();
        assertThat(programme.getMilestoneTemplate()).containsExactly("Analyse des besoins", "Modèle économique");
    }

    @Test
    void a_name_is_required_and_bounded_and_milestones_are_distinct() {
        assertThatThrownBy(() -> Programme.create(ProgrammeId.newId(), " ", null, List.of()))
                .hasMessage("programme.name.required");
        assertThatThrownBy(() -> Programme.create(ProgrammeId.newId(), "x".repeat(121), null, List.of()))
                .hasMessage("programme.name.too-long");
        assertThatThrownBy(() -> Programme.create(ProgrammeId.newId(), "P", null, List.of("a", " a ")))
                .hasMessage("programme.milestones.duplicate").extracting("field").isEqualTo("milestones");
    }
}
