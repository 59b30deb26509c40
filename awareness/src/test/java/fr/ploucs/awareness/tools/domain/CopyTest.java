package fr.ploucs.awareness.tools.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private final Copy box = new Copy(CopyId.newId(), ToolId.newId(), " Boîte n° 1 ", null);

    @Test
    void a_copy_is_lent_to_one_person_at_a_time_from_a_day_not_in_the_future() {
        assertThat(box.label()).isEqualTo("Boîte n° 1");
        assertThat(box.available()).isTrue();
        Copy lent = box.lend(loan(TODAY), TODAY);
        assertThat(lent.available()).isFalse();

        assertThatThrownBy(() -> lent.lend(loan(TODAY), TODAY)).hasMessage("awareness.tool.copy.already-lent");
        assertThatThrownBy(() -> box.lend(loan(TODAY.plusDays(1)), TODAY))
                .hasMessage("awareness.tool.loan.lent-on.future");
        assertThat(lent.back().available()).isTrue();
        assertThatThrownBy(box::back).hasMessage("awareness.tool.copy.not-lent");
    }

    @Test
    void a_loan_names_a_person_with_a_valid_email() {
        assertThatThrownBy(() -> new Copy.Loan(UUID.randomUUID(), MemberId.newId(), "L’Atelier", " ",
                "camille@atelier.fr", TODAY)).hasMessage("awareness.tool.loan.person.required");
        assertThatThrownBy(() -> new Copy.Loan(UUID.randomUUID(), MemberId.newId(), "L’Atelier", "Camille",
                "camille", TODAY)).hasMessage("awareness.tool.loan.email.invalid");
        assertThatThrownBy(() -> new EducationalTool(ToolId.newId(), " ", null))
                .hasMessage("awareness.tool.name.required");
    }

    private static Copy.Loan loan(LocalDate on) {
        return new Copy.Loan(UUID.randomUUID(), MemberId.newId(), "L’Atelier", "Camille", "camille@atelier.fr", on);
    }
}
