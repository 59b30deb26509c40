package fr.ploucs.accompaniment.trainingdays.adapter.out.persistence;

import fr.ploucs.accompaniment.trainingdays.application.port.out.TrainingDayRepository;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
class TrainingDayPersistenceAdapter implements TrainingDayRepository {

    private final TrainingDayRowRepository rows;
    private final TrainingDayPersistenceMapper mapper;

    TrainingDayPersistenceAdapter(TrainingDayRowRepository rows, TrainingDayPersistenceMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public TrainingDay save(TrainingDay day) {
        return mapper.toDomain(rows.save(mapper.toRow(day)));
    }

    @Override
    public Optional<TrainingDay> find(TrainingDayId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<TrainingDay> ofCohort(UUID cohortId) {
        return rows.ofCohort(cohortId).stream().map(mapper::toDomain).toList();
    }
}
