package fr.ploucs.cooperation.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

interface DuesYearRowRepository extends ListCrudRepository<DuesYearRow, Integer> {
}
