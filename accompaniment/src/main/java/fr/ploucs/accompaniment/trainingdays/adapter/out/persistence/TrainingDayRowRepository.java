package fr.ploucs.accompaniment.trainingdays.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface TrainingDayRowRepository extends ListCrudRepository<TrainingDayRow, UUID> {

    @Query("select * from accompaniment.training_day where cohort_id = :cohortId order by held_on, topic")
    List<TrainingDayRow> ofCohort(UUID cohortId);
}
