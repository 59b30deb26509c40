package fr.ploucs.accompaniment.programmes.application;

import fr.ploucs.accompaniment.programmes.application.port.in.CohortFull;
import fr.ploucs.accompaniment.programmes.application.port.in.CohortSeatsPort.AdmittedTo;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeChangedMeanwhile;
import fr.ploucs.accompaniment.programmes.application.port.out.ProgrammeRepository;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.sharedkernel.events.CohortOpened;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ProgrammesTest {

    private final ProgrammeRepository repository = mock(ProgrammeRepository.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private final Programmes programmes = new Programmes(repository, events, clock);

    private final Programme incubator = new Programme(ProgrammeId.newId(), "Incubateur", null,
            List.of("Analyse des besoins"), 3L);

    private Cohort cohortWithCall(CallStatus status, int admitted) {
        return new Cohort(CohortId.newId(), incubator.getId(), "Promotion 2026-2027", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 6, 30), 10, admitted, new CallForApplications(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 30), null, List.of("Utilité sociale")), status, 4L);
    }

    @Test
    void opening_a_call_publishes_cohort_opened_with_the_call_dates() {
        Cohort cohort = cohortWithCall(CallStatus.READY, 0);
        when(repository.lockCohort(cohort.getId())).thenReturn(Optional.of(cohort));
        when(repository.save(any(Cohort.class))).thenAnswer(call -> call.getArgument(0));
        when(repository.findProgramme(incubator.getId())).thenReturn(Optional.of(incubator));

        programmes.openCall(cohort.getId(), 4L);

        ArgumentCaptor<CohortOpened> published = ArgumentCaptor.forClass(CohortOpened.class);
        verify(events).publishEvent(published.capture());
        assertThat(published.getValue().cohortId()).isEqualTo(cohort.getId().value());
        assertThat(published.getValue().programmeName()).isEqualTo("Incubateur");
        assertThat(published.getValue().callClosesOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(published.getValue().occurredAt()).isEqualTo(clock.instant());
    }

    @Test
    void a_stale_form_changes_nothing_and_publishes_nothing() {
        Cohort cohort = cohortWithCall(CallStatus.READY, 0);
        when(repository.lockCohort(cohort.getId())).thenReturn(Optional.of(cohort));

        assertThatThrownBy(() -> programmes.openCall(cohort.getId(), 3L)).isInstanceOf(ProgrammeChangedMeanwhile.class);
        verify(repository, never()).save(any(Cohort.class));
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void taking_a_seat_locks_the_cohort_and_hands_over_the_programme_milestones() {
        Cohort cohort = cohortWithCall(CallStatus.CLOSED, 9);
        when(repository.lockCohort(cohort.getId())).thenReturn(Optional.of(cohort));
        when(repository.save(any(Cohort.class))).thenAnswer(call -> call.getArgument(0));
        when(repository.findProgramme(incubator.getId())).thenReturn(Optional.of(incubator));

        AdmittedTo seat = programmes.takeSeat(cohort.getId());

        assertThat(seat.seatsTaken()).isEqualTo(10);
        assertThat(seat.milestoneTemplate()).containsExactly("Analyse des besoins");
        assertThatThrownBy(() -> programmes.takeSeat(cohort.getId())).isInstanceOf(CohortFull.class);
    }
}
