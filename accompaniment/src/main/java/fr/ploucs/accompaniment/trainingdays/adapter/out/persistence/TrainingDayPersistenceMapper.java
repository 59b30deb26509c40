package fr.ploucs.accompaniment.trainingdays.adapter.out.persistence;

import fr.ploucs.accompaniment.trainingdays.domain.TrainingDay;
import fr.ploucs.accompaniment.trainingdays.domain.TrainingDayId;
import org.mapstruct.Mapper;

import java.util.UUID;

@Mapper
interface TrainingDayPersistenceMapper {

    TrainingDayRow toRow(TrainingDay day);

    TrainingDay toDomain(TrainingDayRow row);

    default UUID id(TrainingDayId id) {
        return id == null ? null : id.value();
    }

    default TrainingDayId id(UUID id) {
        return id == null ? null : new TrainingDayId(id);
    }
}
