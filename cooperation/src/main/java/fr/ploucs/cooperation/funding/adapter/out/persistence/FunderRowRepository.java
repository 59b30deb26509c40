package fr.ploucs.cooperation.funding.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface FunderRowRepository extends ListCrudRepository<FunderRow, UUID> {

    @Query("select * from cooperation.funder order by lower(name), id")
    List<FunderRow> findAllByName();
}
