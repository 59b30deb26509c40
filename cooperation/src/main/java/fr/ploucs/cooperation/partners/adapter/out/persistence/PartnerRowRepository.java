package fr.ploucs.cooperation.partners.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface PartnerRowRepository extends ListCrudRepository<PartnerRow, UUID> {

    /** {@code searchName}: already normalized; {@code kind}: '' for every kind. */
    @Query("""
            select * from cooperation.partner
            where search_name like '%' || :searchName || '%'
              and (:kind = '' or kind = :kind)
            order by search_name, id""")
    List<PartnerRow> search(String searchName, String kind);
}
