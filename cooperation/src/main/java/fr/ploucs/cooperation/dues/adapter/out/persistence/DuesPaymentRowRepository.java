package fr.ploucs.cooperation.dues.adapter.out.persistence;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

interface DuesPaymentRowRepository extends ListCrudRepository<DuesPaymentRow, UUID> {

    @Query("select * from cooperation.dues_payment where year = :year order by paid_on desc, id")
    List<DuesPaymentRow> findByYear(int year);

    @Query("select * from cooperation.dues_payment where member_id = :member and year = :year order by paid_on desc, id")
    List<DuesPaymentRow> findByMemberAndYear(UUID member, int year);
}
