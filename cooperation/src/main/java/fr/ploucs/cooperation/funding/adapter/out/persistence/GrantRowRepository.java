package fr.ploucs.cooperation.funding.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface GrantRowRepository extends ListCrudRepository<GrantRow, UUID> {

    @Query("select id from cooperation.funding_grant where application_id = :applicationId")
    Optional<UUID> idOfApplication(UUID applicationId);

    @Query("select id from cooperation.funding_grant order by starts_on desc, lower(title), id")
    List<UUID> idsLatestFirst();

    @Query("select distinct funding_grant_id from cooperation.grant_report where done_on is null")
    List<UUID> idsWithReportsNotDone();
}
