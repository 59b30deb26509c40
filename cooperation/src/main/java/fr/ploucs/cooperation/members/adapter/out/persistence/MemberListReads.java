package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.application.port.in.MemberListQuery;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The read side of the member registry: lists, counts and names straight from SQL, with the search, the filter and
 * the paging done by PostgreSQL (indexes in V70__read_indexes.sql).
 */
@Component
class MemberListReads implements MemberListQuery {

    private static final String MATCHING = """
            from cooperation.member
            where (:nameContains = '' or strpos(lower(name), lower(:nameContains)) > 0)
              and (:status = '' or status = :status)""";

    private static final RowMapper<MemberListing> LISTING = (rs, n) -> new MemberListing(
            new MemberId(rs.getObject("id", UUID.class)), rs.getString("name"),
            LegalForm.valueOf(rs.getString("legal_form")), rs.getString("commune"),
            rs.getString("representative_name"), MembershipStatus.valueOf(rs.getString("status")));

    private static final RowMapper<MemberName> NAME = (rs, n) -> new MemberName(
            new MemberId(rs.getObject("id", UUID.class)), rs.getString("name"));

    private final JdbcClient jdbc;

    MemberListReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MemberListPage list(String nameContains, MembershipStatus status, int page, int size) {
        String name = nameContains == null ? "" : nameContains.strip();
        String statusName = status == null ? "" : status.name();
        int pageSize = Math.max(1, size);
        long total = jdbc.sql("select count(*) " + MATCHING)
                .param("nameContains", name).param("status", statusName)
                .query(Long.class).single();
        int lastPage = total == 0 ? 0 : (int) ((total - 1) / pageSize);
        int shown = Math.min(Math.max(0, page), lastPage);
        List<MemberListing> members = jdbc.sql("""
                        select id, name, legal_form, commune, representative_name, status
                        """ + MATCHING + """

                        order by lower(name), id
                        limit :limit offset :offset""")
                .param("nameContains", name).param("status", statusName)
                .param("limit", pageSize).param("offset", (long) shown * pageSize)
                .query(LISTING).list();
        return new MemberListPage(members, shown, pageSize, total);
    }

    @Override
    public long countCurrentMembers() {
        return jdbc.sql("select count(*) from cooperation.member where status in ('ACTIVE', 'RETURNED')")
                .query(Long.class).single();
    }

    @Override
    public List<MemberName> currentMemberNames() {
        return jdbc.sql("""
                        select id, name from cooperation.member where status in ('ACTIVE', 'RETURNED')
                        order by lower(name), id""")
                .query(NAME).list();
    }

    @Override
    public List<MemberName> allMemberNames() {
        return jdbc.sql("select id, name from cooperation.member order by lower(name), id").query(NAME).list();
    }
}
