package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.application.port.in.MemberListQuery.MemberListPage;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery.MemberListing;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery.MemberName;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The member list's queries against the real PostgreSQL. Each test rolls back; other classes' committed members may be there. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({MemberListReads.class, MemberPersistenceAdapter.class, MemberPersistenceMapperImpl.class})
class MemberListReadsTest {

    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);

    @Autowired
    private MemberListReads reads;

    @Autowired
    private MemberPersistenceAdapter members;

    @Autowired
    private JdbcClient jdbc;

    private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void lists_the_matching_members_by_name_in_any_case_with_their_status_and_counts_them() {
        Member zephyr = members.save(member("Zéphyr " + token));
        members.save(member("abeilles " + token.toUpperCase()));
        Member fabrique = member("Fabrique " + token);
        fabrique.leave(LocalDate.of(2025, 9, 1), "fin d'activité");
        members.save(fabrique);
        members.save(member("Sans rapport"));

        MemberListPage all = reads.list(token, null, 0, 25);
        assertThat(all.members()).extracting(MemberListing::name)
                .containsExactly("abeilles " + token.toUpperCase(), "Fabrique " + token, "Zéphyr " + token);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.pageCount()).isEqualTo(1);
        assertThat(all.members().get(2)).isEqualTo(new MemberListing(zephyr.getId(), "Zéphyr " + token,
                LegalForm.SCIC, "Mont-de-Marsan", "Camille Dupin", MembershipStatus.ACTIVE));

        assertThat(reads.list(" " + token.toUpperCase() + " ", MembershipStatus.ACTIVE, 0, 25).members())
                .extracting(MemberListing::name).containsExactly("abeilles " + token.toUpperCase(), "Zéphyr " + token);
        MemberListPage left = reads.list("RIQUE " + token, MembershipStatus.LEFT, 0, 25);
        assertThat(left.members()).extracting(MemberListing::status).containsExactly(MembershipStatus.LEFT);
        assertThat(left.total()).isEqualTo(1);
        assertThat(reads.list("% " + token, null, 0, 25).total()).isZero();
        assertThat(reads.list("", MembershipStatus.LEFT, 0, 1000).members()).extracting(MemberListing::status)
                .containsOnly(MembershipStatus.LEFT);
    }

    @Test
    void pages_hold_the_size_asked_the_last_one_the_rest_and_a_page_out_of_range_gives_the_nearest() {
        for (int i = 1; i <= 7; i++) {
            members.save(member("Structure " + i + " " + token));
        }

        MemberListPage first = reads.list(token, null, 0, 3);
        MemberListPage last = reads.list(token, null, 2, 3);
        assertThat(first.members()).extracting(MemberListing::name)
                .containsExactly("Structure 1 " + token, "Structure 2 " + token, "Structure 3 " + token);
        assertThat(reads.list(token, null, 1, 3).members()).extracting(MemberListing::name)
                .containsExactly("Structure 4 " + token, "Structure 5 " + token, "Structure 6 " + token);
        assertThat(last.members()).extracting(MemberListing::name).containsExactly("Structure 7 " + token);
        assertThat(List.of(first.total(), last.total())).containsOnly(7L);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(last.page()).isEqualTo(2);

        assertThat(reads.list(token, null, 9, 3)).isEqualTo(last);
        assertThat(reads.list(token, null, -1, 3)).isEqualTo(first);
        MemberListPage none = reads.list("personne " + token, null, 4, 3);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.page()).isZero();
        assertThat(none.pageCount()).isEqualTo(1);
    }

    @Test
    void counts_and_names_today_s_members_apart_from_candidates_and_those_who_left() {
        long before = reads.countCurrentMembers();
        Member active = members.save(member("Active " + token));
        Member returned = member("Revenue " + token);
        returned.leave(LocalDate.of(2025, 1, 1), "pause");
        returned.rejoin(LocalDate.of(2025, 6, 1), "retour");
        returned = members.save(returned);
        Member left = member("Partie " + token);
        left.leave(LocalDate.of(2025, 1, 1), "fin");
        left = members.save(left);
        Member candidate = members.save(Member.registerCandidate(MemberId.newId(), details("Candidate " + token),
                JOINED_ON));

        assertThat(reads.countCurrentMembers()).isEqualTo(before + 2);
        assertThat(reads.currentMemberNames()).extracting(MemberName::id)
                .contains(active.getId(), returned.getId())
                .doesNotContain(left.getId(), candidate.getId());
        assertThat(reads.currentMemberNames()).filteredOn(name -> name.name().endsWith(token))
                .extracting(MemberName::name).containsExactly("Active " + token, "Revenue " + token);
        assertThat(reads.allMemberNames()).filteredOn(name -> name.name().endsWith(token))
                .containsExactly(new MemberName(active.getId(), "Active " + token),
                        new MemberName(candidate.getId(), "Candidate " + token),
                        new MemberName(left.getId(), "Partie " + token),
                        new MemberName(returned.getId(), "Revenue " + token));
    }

    @Test
    void the_list_query_uses_the_name_index_to_order_a_page() {
        // With few rows PostgreSQL rightly prefers a sequential scan; without it, the plan must walk the name index.
        jdbc.sql("set local enable_seqscan = off").update();
        String plan = String.join("\n", jdbc.sql("""
                        explain select id, name from cooperation.member
                        where ('' = '' or strpos(lower(name), lower('')) > 0) and ('' = '' or status = '')
                        order by lower(name), id limit 25 offset 0""")
                .query((rs, n) -> rs.getString(1)).list());
        assertThat(plan).contains("member_name_id_idx");
    }

    private static Member member(String name) {
        return Member.register(MemberId.newId(), details(name), JOINED_ON);
    }

    private static MemberDetails details(String name) {
        return new MemberDetails(name, LegalForm.SCIC, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@example.org", null));
    }
}
