package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface TrainingProgrammeRowRepository extends ListCrudRepository<TrainingProgrammeRow, UUID> {

    @Query("select * from cooperation.training_programme where year = :year")
    Optional<TrainingProgrammeRow> findByYear(int year);

    @Query("select year from cooperation.training_programme order by year desc")
    List<Integer> years();
}
