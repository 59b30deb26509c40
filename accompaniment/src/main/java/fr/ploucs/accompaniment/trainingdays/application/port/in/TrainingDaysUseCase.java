package fr.ploucs.accompaniment.trainingdays.application.port.in;

import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A cohort's collective training days and who of its project holders came. */
public interface TrainingDaysUseCase {

    TrainingDayId plan(PlanDay command);

    /**
     * @param present the holders who came, as {@code projectId + ":" + holderName} keys; every other holder of the
     *                cohort's projects is recorded absent
     */
    void recordAttendance(TrainingDayId dayId, Long expectedVersion, Set<String> present);

    Optional<TrainingDay> day(TrainingDayId dayId);

    /** The cohort's days, in the order they are held. */
    List<TrainingDay> daysOf(UUID cohortId);

    /** Every training day of the holder's cohort, with whether they came: a holder's attendance record. */
    List<HolderAttendance> attendanceOf(UUID projectId, String holderName);

    record PlanDay(UUID cohortId, String topic, LocalDate heldOn, String place, String trainer) {
    }

    record HolderAttendance(TrainingDayId dayId, String topic, LocalDate heldOn, Boolean present) {
    }
}
