package fr.ploucs.awareness.tools.adapter.out.persistence;

import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.awareness.tools.application.port.out.ToolRepository;
import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.EducationalTool;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The catalogue, copies and loans in PostgreSQL, with SQL; a copy is read with its current loan. */
@Component
class ToolPersistenceAdapter implements ToolRepository {

    private static final String COPY_WITH_LOAN = """
            select c.id, c.tool_id, c.label, l.id as loan_id, l.member_id, l.member_name, l.person_name,
                   l.person_email, l.lent_on
              from awareness.tool_copy c
              left join awareness.tool_loan l on l.copy_id = c.id and l.returned_on is null
            """;

    private final JdbcClient jdbc;

    ToolPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(EducationalTool tool) {
        jdbc.sql("insert into awareness.educational_tool (id, name, description) values (?, ?, ?)")
                .params(tool.id().value(), tool.name(), tool.description()).update();
    }

    @Override
    public Optional<EducationalTool> tool(ToolId id) {
        return jdbc.sql("select * from awareness.educational_tool where id = ?").param(id.value())
                .query((rs, n) -> new EducationalTool(new ToolId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("description"))).optional();
    }

    @Override
    public List<ToolOverview> catalogue() {
        return jdbc.sql("""
                        select t.id, t.name, t.description, count(c.id) as copies,
                               count(c.id) filter (where l.id is null) as available
                          from awareness.educational_tool t
                          left join awareness.tool_copy c on c.tool_id = t.id
                          left join awareness.tool_loan l on l.copy_id = c.id and l.returned_on is null
                         group by t.id, t.name, t.description
                         order by lower(t.name), t.id""")
                .query((rs, n) -> new ToolOverview(new EducationalTool(new ToolId(rs.getObject("id", UUID.class)),
                        rs.getString("name"), rs.getString("description")), rs.getLong("copies"),
                        rs.getLong("available"))).list();
    }

    @Override
    public void insert(Copy copy) {
        jdbc.sql("insert into awareness.tool_copy (id, tool_id, label) values (?, ?, ?)")
                .params(copy.id().value(), copy.toolId().value(), copy.label()).update();
    }

    @Override
    public Optional<Copy> lockCopy(CopyId id) {
        jdbc.sql("select id from awareness.tool_copy where id = ? for update").param(id.value())
                .query(UUID.class).optional();
        return jdbc.sql(COPY_WITH_LOAN + " where c.id = ?").param(id.value())
                .query(ToolPersistenceAdapter::copy).optional();
    }

    @Override
    public List<Copy> copiesOf(ToolId id) {
        return jdbc.sql(COPY_WITH_LOAN + " where c.tool_id = ? order by c.label, c.id").param(id.value())
                .query(ToolPersistenceAdapter::copy).list();
    }

    @Override
    public List<Copy> lentTo(MemberId memberId) {
        return jdbc.sql(COPY_WITH_LOAN + " where l.member_id = ? order by l.lent_on, c.id").param(memberId.value())
                .query(ToolPersistenceAdapter::copy).list();
    }

    @Override
    public void startLoan(CopyId copyId, Copy.Loan loan) {
        jdbc.sql("""
                        insert into awareness.tool_loan (id, copy_id, member_id, member_name, person_name,
                            person_email, lent_on)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(loan.id(), copyId.value(), loan.memberId().value(), loan.memberName(), loan.personName(),
                        loan.personEmail(), loan.lentOn()).update();
    }

    @Override
    public void endLoan(UUID loanId, LocalDate returnedOn) {
        jdbc.sql("update awareness.tool_loan set returned_on = ? where id = ? and returned_on is null")
                .params(returnedOn, loanId).update();
    }

    private static Copy copy(ResultSet rs, int n) throws SQLException {
        UUID loanId = rs.getObject("loan_id", UUID.class);
        return new Copy(new CopyId(rs.getObject("id", UUID.class)), new ToolId(rs.getObject("tool_id", UUID.class)),
                rs.getString("label"), loanId == null ? null : new Copy.Loan(loanId,
                new MemberId(rs.getObject("member_id", UUID.class)), rs.getString("member_name"),
                rs.getString("person_name"), rs.getString("person_email"),
                rs.getObject("lent_on", LocalDate.class)));
    }
}
