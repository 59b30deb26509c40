package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface SharedResourceRowRepository extends ListCrudRepository<SharedResourceRow, UUID> {

    @Query("""
            select * from cooperation.shared_resource
            where (:kind = '' or kind = :kind)
            order by lower(name), id""")
    List<SharedResourceRow> list(String kind);
}
