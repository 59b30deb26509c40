package fr.ploucs.cooperation.funding.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface FundingApplicationRowRepository extends ListCrudRepository<FundingApplicationRow, UUID> {

    @Query("""
            select id from cooperation.funding_application
            where (:status = '' or status = :status)
            order by lower(title), id""")
    List<UUID> idsByStatus(String status);
}
