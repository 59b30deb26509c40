package fr.ploucs.accompaniment.applications.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface LeadRowRepository extends ListCrudRepository<LeadRow, UUID> {

    @Query("select * from accompaniment.lead where status = 'OPEN' order by received_on desc, title")
    List<LeadRow> open();
}
