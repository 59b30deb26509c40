package fr.ploucs.accompaniment.programmes.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CohortTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final LocalDate JUNE = LocalDate.of(2027, 6, 30);

    private Cohort cohort(int capacity) {
        return Cohort.plan(CohortId.newId(), ProgrammeId.newId(), " Promotion 2026-2027 ", SEPTEMBER, JUNE, capacity);
    }

    private static CallForApplications call() {
        return new CallForApplications(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 7),
                List.of("Utilité sociale", "Dimension collective", " ", "Ancrage territorial"));
    }

    @Test
    void a_planned_cohort_keeps_its_trimmed_name_and_has_no_call_yet() {
        Cohort cohort = cohort(10);
        assertThat(cohort.getName()).isEqualTo("Promotion 2026-2027");
        assertThat(cohort.getCallStatus()).isEqualTo(CallStatus.NOT_DEFINED);
        assertThat(cohort.seatsLeft()).isEqualTo(10);
    }

    @Test
    void dates_must_be_in_order_plausible_and_within_two_years() {
        assertThatThrownBy(() -> Cohort.plan(CohortId.newId(), ProgrammeId.newId(), "P", JUNE, SEPTEMBER, 10))
                .isInstanceOf(ProgrammeRuleViolation.class).hasMessage("cohort.ends-before-start")
                .extracting("field").isEqualTo("endsOn");
        assertThatThrownBy(() -> Cohort.plan(CohortId.newId(), ProgrammeId.newId(), "P", LocalDate.of(1, 1, 1), JUNE, 10))
                .hasMessage("date.out-of-range").extracting("field").isEqualTo("startsOn");
        assertThatThrownBy(() -> Cohort.plan(CohortId.newId(), ProgrammeId.newId(), "P", SEPTEMBER,
                LocalDate.of(2029, 1, 1), 10)).hasMessage("cohort.too-long");
    }

    @Test
    void capacity_is_between_one_and_a_hundred() {
        assertThatThrownBy(() -> cohort(0)).hasMessage("cohort.capacity.range");
        assertThatThrownBy(() -> cohort(101)).hasMessage("cohort.capacity.range");
        assertThat(cohort(100).getCapacity()).isEqualTo(100);
    }

    @Test
    void the_call_opens_once_defined_and_its_criteria_are_then_fixed() {
        Cohort cohort = cohort(10);
        assertThatThrownBy(cohort::openCall).hasMessage("cohort.call.not-defined");
        cohort.defineCall(call());
        assertThat(cohort.getCall().criteria())
                .containsExactly("Utilité sociale", "Dimension collective", "Ancrage territorial");
        cohort.openCall();
        assertThat(cohort.getCallStatus()).isEqualTo(CallStatus.OPEN);
        assertThatThrownBy(cohort::openCall).hasMessage("cohort.call.already-opened");
        assertThatThrownBy(() -> cohort.defineCall(call())).hasMessage("cohort.call.already-opened");
        cohort.closeCall();
        assertThat(cohort.receivesApplications()).isTrue();
    }

    @Test
    void a_call_closes_after_it_opens_before_the_cohort_starts_and_scores_on_some_criteria() {
        assertThatThrownBy(() -> new CallForApplications(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1), null,
                List.of("a"))).hasMessage("cohort.call.closes-before-opening");
        assertThatThrownBy(() -> new CallForApplications(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), null,
                List.of(" "))).hasMessage("cohort.call.criteria.required");
        assertThatThrownBy(() -> new CallForApplications(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), null,
                List.of("a", "a"))).hasMessage("cohort.call.criterion.duplicate");
        Cohort cohort = cohort(10);
        assertThatThrownBy(() -> cohort.defineCall(new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 10, 1), null, List.of("a")))).hasMessage("cohort.call.closes-after-start");
    }

    @Test
    void seats_are_never_taken_beyond_the_capacity_and_the_capacity_never_falls_below_them() {
        Cohort cohort = cohort(2);
        cohort.admitOne();
        cohort.admitOne();
        assertThatThrownBy(cohort::admitOne).hasMessage("cohort.full");
        assertThat(cohort.getAdmitted()).isEqualTo(2);
        assertThatThrownBy(() -> cohort.replan("P", SEPTEMBER, JUNE, 1)).hasMessage("cohort.capacity.below-admitted");
    }
}
