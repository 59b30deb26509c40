package fr.ploucs.accompaniment.coaches.adapter.out.persistence;

import fr.ploucs.accompaniment.coaches.application.port.out.CoachingMemberRepository;
import fr.ploucs.accompaniment.coaches.domain.CoachingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class CoachingMemberPersistenceAdapter implements CoachingMemberRepository {

    private final CoachingMemberRowRepository rows;
    private final CoachingMemberPersistenceMapper mapper;
    private final JdbcClient jdbc;

    CoachingMemberPersistenceAdapter(CoachingMemberRowRepository rows, CoachingMemberPersistenceMapper mapper,
                                     JdbcClient jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    /**
     * A PostgreSQL advisory lock held until commit, keyed by the table and the member: unlike a row lock
     * ({@code SELECT ... FOR UPDATE}) it also serializes the first two facts about a member not stored yet, which
     * would otherwise both insert and one fail on the primary key.
     */
    @Override
    public void lock(MemberId memberId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "accompaniment.coaching_member:" + memberId.value())
                .query().listOfRows();
    }

    @Override
    public Optional<CoachingMember> findById(MemberId memberId) {
        return rows.findById(memberId.value()).map(mapper::toDomain);
    }

    @Override
    public List<CoachingMember> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    public CoachingMember save(CoachingMember member) {
        return mapper.toDomain(rows.save(mapper.toRow(member)));
    }
}
