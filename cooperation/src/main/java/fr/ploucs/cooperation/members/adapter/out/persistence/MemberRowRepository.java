package fr.ploucs.cooperation.members.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface MemberRowRepository extends ListCrudRepository<MemberRow, UUID> {

    @Query("select exists (select 1 from cooperation.member where siret = :siret and id <> :except)")
    boolean siretTakenByAnother(String siret, UUID except);
}
