package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

interface ProjectRowRepository extends ListCrudRepository<ProjectRow, UUID> {
}
