package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface CoachingMemberRowRepository extends ListCrudRepository<CoachingMemberRow, UUID> {
}
