package fr.ploucs.cooperation.funding.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface CallForProjectsRowRepository extends ListCrudRepository<CallForProjectsRow, UUID> {
}
