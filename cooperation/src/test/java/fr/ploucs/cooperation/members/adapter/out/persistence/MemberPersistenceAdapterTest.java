package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.TestSirets;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipChange.Kind;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Runs against the real PostgreSQL the shared kernel's test support provides, migrated by the module's Flyway script. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({MemberPersistenceAdapter.class, MemberPersistenceMapperImpl.class})
class MemberPersistenceAdapterTest {

    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);

    @Autowired
    private MemberPersistenceAdapter adapter;

    @Autowired
    private JdbcClient jdbc;

    // Other test classes commit members to the same database: names carry a token of this test's own.
    private final String token = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_member_round_trips_with_all_its_details_and_its_whole_history_in_order() {
        Siret siret = TestSirets.fresh();
        Member member = Member.register(MemberId.newId(), new MemberDetails("L'Atelier " + token, LegalForm.SCIC,
                siret, "Morcenx-la-Nouvelle", new Representative("Camille Dupin", "camille@atelier.fr",
                "05 58 00 00 00")), JOINED_ON);
        member.leave(LocalDate.of(2025, 9, 1), "fin d'activité");
        member.rejoin(LocalDate.of(2026, 1, 15), "nouveau projet");

        Member saved = adapter.save(member);
        Member found = adapter.findById(member.getId()).orElseThrow();

        assertThat(found.getId()).isEqualTo(member.getId());
        assertThat(found.getDetails()).isEqualTo(member.getDetails());
        assertThat(found.getDetails().siret()).isEqualTo(siret);
        assertThat(found.getDetails().representative().phone()).isEqualTo("05 58 00 00 00");
        assertThat(found.getStatus()).isEqualTo(MembershipStatus.RETURNED);
        assertThat(found.getHistory()).containsExactly(
                new MembershipChange(Kind.JOINED, JOINED_ON, null),
                new MembershipChange(Kind.LEFT, LocalDate.of(2025, 9, 1), "fin d'activité"),
                new MembershipChange(Kind.REJOINED, LocalDate.of(2026, 1, 15), "nouveau projet"));
        assertThat(found.getVersion()).isEqualTo(saved.getVersion()).isZero();

        Map<String, Object> row = jdbc.sql("select * from cooperation.member where id = ?")
                .param(member.getId().value()).query().singleRow();
        assertThat(row).containsEntry("name", "L'Atelier " + token)
                .containsEntry("legal_form", "SCIC")
                .containsEntry("siret", siret.value())
                .containsEntry("commune", "Morcenx-la-Nouvelle")
                .containsEntry("representative_name", "Camille Dupin")
                .containsEntry("representative_email", "camille@atelier.fr")
                .containsEntry("status", "RETURNED")
                .containsEntry("version", 0L);
        assertThat(jdbc.sql("select kind from cooperation.membership_change where member_id = ? order by position")
                .param(member.getId().value()).query(String.class).list())
                .containsExactly("JOINED", "LEFT", "REJOINED");
    }

    @Test
    void a_member_without_siret_nor_phone_round_trips() {
        Member member = Member.register(MemberId.newId(), new MemberDetails("Abeilles " + token,
                LegalForm.ASSOCIATION_LOI_1901, null, "Ygos-Saint-Saturnin",
                new Representative("Alex Martin", "alex@abeilles.fr", null)), JOINED_ON);

        adapter.save(member);

        Member found = adapter.findById(member.getId()).orElseThrow();
        assertThat(found.getDetails()).isEqualTo(member.getDetails());
        assertThat(found.getDetails().siret()).isNull();
        assertThat(found.getDetails().representative().phone()).isNull();
        assertThat(adapter.findById(MemberId.newId())).isEmpty();
    }

    @Test
    void finds_members_by_part_of_their_name_in_any_case_and_by_status_ordered_by_name() {
        Member zephyr = adapter.save(member("Zéphyr " + token));
        Member abeilles = adapter.save(member("abeilles " + token.toUpperCase()));
        Member fabrique = member("Fabrique " + token);
        fabrique.leave(LocalDate.of(2025, 9, 1), "fin d'activité");
        fabrique = adapter.save(fabrique);
        adapter.save(member("Sans rapport"));

        assertThat(names(adapter.search(token, null)))
                .containsExactly("abeilles " + token.toUpperCase(), "Fabrique " + token, "Zéphyr " + token);
        assertThat(names(adapter.search(token.toUpperCase(), MembershipStatus.ACTIVE)))
                .containsExactly("abeilles " + token.toUpperCase(), "Zéphyr " + token);
        assertThat(names(adapter.search(token, MembershipStatus.LEFT))).containsExactly("Fabrique " + token);
        assertThat(names(adapter.search("RIQUE " + token, null))).containsExactly("Fabrique " + token);
        assertThat(adapter.search("", null)).extracting(Member::getId)
                .contains(zephyr.getId(), abeilles.getId(), fabrique.getId());
        assertThat(adapter.search("", MembershipStatus.LEFT)).extracting(Member::getStatus)
                .containsOnly(MembershipStatus.LEFT);
        assertThat(adapter.search("personne " + token, null)).isEmpty();
    }

    @Test
    void search_brings_each_member_with_its_whole_history_in_two_queries() {
        Member returned = member("Revenue " + token);
        returned.leave(LocalDate.of(2025, 9, 1), "pause");
        returned.rejoin(LocalDate.of(2026, 1, 15), "retour");
        returned = adapter.save(returned);
        Member plain = adapter.save(member("Simple " + token));

        List<Member> found = adapter.search(token, null);

        assertThat(found).extracting(Member::getId).containsExactly(returned.getId(), plain.getId());
        assertThat(found.get(0).getHistory()).isEqualTo(adapter.findById(returned.getId()).orElseThrow().getHistory())
                .hasSize(3);
        assertThat(found.get(0).getVersion()).isEqualTo(returned.getVersion());
        assertThat(found.get(0).getDetails()).isEqualTo(returned.getDetails());
        assertThat(found.get(1).getHistory()).containsExactly(new MembershipChange(Kind.JOINED, JOINED_ON, null));
    }

    @Test
    void search_matches_characters_literally() {
        adapter.save(member("100% local " + token));
        adapter.save(member("Coop_" + token));

        assertThat(names(adapter.search("% local " + token, null))).containsExactly("100% local " + token);
        assertThat(adapter.search("Coop%" + token, null)).isEmpty();
        assertThat(names(adapter.search("_" + token, null))).containsExactly("Coop_" + token);
    }

    @Test
    void tells_whether_another_member_has_the_siret() {
        Siret siret = TestSirets.fresh();
        Member member = adapter.save(Member.register(MemberId.newId(), details("L'Atelier " + token, siret), JOINED_ON));

        assertThat(adapter.siretTakenByAnother(siret, MemberId.newId())).isTrue();
        assertThat(adapter.siretTakenByAnother(siret, member.getId())).isFalse();
        assertThat(adapter.siretTakenByAnother(TestSirets.fresh(), MemberId.newId())).isFalse();
    }

    /** Two registrations that both passed the SIRET check at the same moment: the index keeps the second out. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_siret_registered_meanwhile_is_refused_next_to_the_siret_not_as_a_server_error() {
        Siret siret = TestSirets.fresh();
        adapter.save(Member.register(MemberId.newId(), details("L'Atelier " + token, siret), JOINED_ON));

        assertThatExceptionOfType(fr.ploucs.cooperation.members.domain.MembershipRuleViolation.class)
                .isThrownBy(() -> adapter.save(Member.register(MemberId.newId(),
                        details("L'Atelier bis " + token, siret), JOINED_ON)))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).contains("siret");
                    assertThat(refusal.messageKey()).isEqualTo("member.siret.taken");
                });
        assertThat(jdbc.sql("select count(*) from cooperation.member where siret = ?").param(siret.value())
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void each_save_moves_the_version_on_and_the_version_round_trips() {
        Member saved = adapter.save(member("L'Atelier " + token));
        assertThat(saved.getVersion()).isZero();

        Member loaded = adapter.findById(saved.getId()).orElseThrow();
        loaded.updateDetails(details("L'Atelier coopératif " + token, null));
        Member updated = adapter.save(loaded);

        assertThat(updated.getVersion()).isEqualTo(1L);
        Member reloaded = adapter.findById(saved.getId()).orElseThrow();
        assertThat(reloaded.getVersion()).isEqualTo(1L);
        assertThat(reloaded.getDetails().name()).isEqualTo("L'Atelier coopératif " + token);
        assertThat(reloaded.changedSince(1L)).isFalse();
    }

    /** Not in a test transaction: each save commits or rolls back on its own, as in the app. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void saving_a_copy_read_before_someone_else_saved_fails_and_keeps_their_save() {
        Member registered = adapter.save(member("L'Atelier " + token));
        Member mine = adapter.findById(registered.getId()).orElseThrow();
        Member theirs = adapter.findById(registered.getId()).orElseThrow();

        theirs.updateDetails(details("Leur nom " + token, null));
        adapter.save(theirs);

        mine.updateDetails(details("Mon nom " + token, null));
        mine.leave(LocalDate.of(2025, 9, 1), "fin d'activité");
        assertThatExceptionOfType(MemberChangedMeanwhile.class).isThrownBy(() -> adapter.save(mine));

        Member stored = adapter.findById(registered.getId()).orElseThrow();
        assertThat(stored.getDetails().name()).isEqualTo("Leur nom " + token);
        assertThat(stored.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(stored.getHistory()).containsExactly(new MembershipChange(Kind.JOINED, JOINED_ON, null));
        assertThat(stored.getVersion()).isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from cooperation.membership_change where member_id = ?")
                .param(registered.getId().value()).query(Long.class).single()).isEqualTo(1L);
    }

    private static List<String> names(List<Member> members) {
        return members.stream().map(member -> member.getDetails().name()).toList();
    }

    private static Member member(String name) {
        return Member.register(MemberId.newId(), details(name, null), JOINED_ON);
    }

    private static MemberDetails details(String name, Siret siret) {
        return new MemberDetails(name, LegalForm.SCOP, siret, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@atelier.fr", null));
    }
}
