package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface PracticeExchangeRowRepository extends ListCrudRepository<PracticeExchangeRow, UUID> {

    @Query("select distinct cast(extract(year from held_on) as integer) as y from cooperation.practice_exchange order by y desc")
    List<Integer> years();
}
