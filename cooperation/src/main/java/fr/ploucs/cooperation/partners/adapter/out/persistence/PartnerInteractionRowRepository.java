package fr.ploucs.cooperation.partners.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface PartnerInteractionRowRepository extends ListCrudRepository<PartnerInteractionRow, UUID> {

    @Query("""
            select * from cooperation.partner_interaction where partner_id = :partnerId
            order by date desc, recorded_at desc, id""")
    List<PartnerInteractionRow> ofPartner(UUID partnerId);
}
