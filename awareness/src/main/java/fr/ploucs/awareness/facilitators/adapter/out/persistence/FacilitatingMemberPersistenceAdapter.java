package fr.ploucs.awareness.facilitators.adapter.out.persistence;

import fr.ploucs.awareness.facilitators.application.port.out.FacilitatingMemberRepository;
import fr.ploucs.awareness.facilitators.domain.FacilitatingMember;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
class FacilitatingMemberPersistenceAdapter implements FacilitatingMemberRepository {

    private final FacilitatingMemberRowRepository rows;
    private final FacilitatingMemberPersistenceMapper mapper;
    private final JdbcClient jdbc;

    FacilitatingMemberPersistenceAdapter(FacilitatingMemberRowRepository rows, FacilitatingMemberPersistenceMapper mapper,
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
                .param("key", "awareness.facilitating_member:" + memberId.value())
                .query().listOfRows();
    }

    @Override
    public Optional<FacilitatingMember> findById(MemberId memberId) {
        return rows.findById(memberId.value()).map(mapper::toDomain);
    }

    @Override
    public List<FacilitatingMember> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    public FacilitatingMember save(FacilitatingMember member) {
        return mapper.toDomain(rows.save(mapper.toRow(member)));
    }
}
