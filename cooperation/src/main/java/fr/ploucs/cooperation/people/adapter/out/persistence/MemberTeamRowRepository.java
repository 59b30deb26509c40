package fr.ploucs.cooperation.people.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface MemberTeamRowRepository extends ListCrudRepository<MemberTeamRow, UUID> {
}
