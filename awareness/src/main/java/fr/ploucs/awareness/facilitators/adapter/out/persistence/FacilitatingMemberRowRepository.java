package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface FacilitatingMemberRowRepository extends ListCrudRepository<FacilitatingMemberRow, UUID> {
}
