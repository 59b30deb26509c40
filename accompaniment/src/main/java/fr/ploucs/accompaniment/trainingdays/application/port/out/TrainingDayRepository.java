package fr.ploucs.accompaniment.trainingdays.application.port.out;

import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TrainingDayRepository {

    TrainingDay save(TrainingDay day);

    Optional<TrainingDay> find(TrainingDayId id);

    List<TrainingDay> ofCohort(UUID cohortId);
}
