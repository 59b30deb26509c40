package fr.ploucs.cooperation.partners.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface PartnerContactRowRepository extends ListCrudRepository<PartnerContactRow, UUID> {

    @Query("select * from cooperation.partner_contact where partner_id = :partnerId order by lower(name), id")
    List<PartnerContactRow> ofPartner(UUID partnerId);
}
