package fr.ploucs.cooperation.dues.adapter.out.persistence;

import org.springframework.data.repository.ListCrudRepository;

interface DuesYearRowRepository extends ListCrudRepository<DuesYearRow, Integer> {
}
