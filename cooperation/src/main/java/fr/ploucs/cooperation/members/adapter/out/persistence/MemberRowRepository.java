package fr.ploucs.cooperation.members.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface MemberRowRepository extends ListCrudRepository<MemberRow, UUID> {

    @Query("""
            select id from cooperation.member
            where (:nameContains = '' or strpos(lower(name), lower(:nameContains)) > 0)
              and (:status = '' or status = :status)
            order by lower(name), id""")
    List<UUID> search(String nameContains, String status);

    @Query("select exists (select 1 from cooperation.member where siret = :siret and id <> :except)")
    boolean siretTakenByAnother(String siret, UUID except);
}
