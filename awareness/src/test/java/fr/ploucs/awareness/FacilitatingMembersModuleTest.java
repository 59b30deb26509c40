package fr.ploucs.awareness;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import fr.ploucs.sharedkernel.NavigationEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The membership facts cooperation publishes, delivered through the event publication registry after commit. */
@ApplicationModuleTest
class FacilitatingMembersModuleTest {

    @Autowired
    private ListFacilitatingMembersUseCase listFacilitatingMembers;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private List<NavigationEntry> navigationEntries;

    // The test instance may be shared by the test methods: each test starts with a member of its own.
    private MemberId memberId;
    private Instant joinedAt;

    @BeforeEach
    void aNewMember() {
        memberId = MemberId.newId();
        joinedAt = Instant.now().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.HOURS);
    }

    @Test
    void a_member_that_joined_becomes_a_facilitating_member(Scenario scenario) {
        scenario.publish(joined())
                .andWaitForStateChange(() -> summary(memberId))
                .andVerify(member -> {
                    assertThat(member).map(FacilitatingMemberSummary::name).contains("L'Atelier");
                    assertThat(member).map(FacilitatingMemberSummary::commune).contains("Morcenx-la-Nouvelle");
                    assertThat(member).map(FacilitatingMemberSummary::active).contains(true);
                    assertThat(member).map(FacilitatingMemberSummary::activeSince).contains(LocalDate.of(2024, 3, 12));
                });
    }

    @Test
    void a_member_that_left_is_kept_inactive_with_its_reason_and_comes_back_when_it_rejoins(Scenario scenario) {
        scenario.publish(joined()).andWaitForStateChange(() -> summary(memberId));

        scenario.publish(new MemberLeft(UUID.randomUUID(), joinedAt.plusSeconds(60), memberId, "L'Atelier",
                        LocalDate.of(2025, 9, 1), "fin d'activité"))
                .andWaitForStateChange(() -> summary(memberId).filter(member -> !member.active()))
                .andVerify(member -> {
                    assertThat(member).map(FacilitatingMemberSummary::leftOn).contains(LocalDate.of(2025, 9, 1));
                    assertThat(member).map(FacilitatingMemberSummary::leavingReason).contains("fin d'activité");
                });

        scenario.publish(new MemberRejoined(UUID.randomUUID(), joinedAt.plusSeconds(120), memberId, "L'Atelier",
                        "Arjuzanx", LocalDate.of(2026, 1, 15)))
                .andWaitForStateChange(() -> summary(memberId).filter(FacilitatingMemberSummary::active))
                .andVerify(member -> {
                    assertThat(member).map(FacilitatingMemberSummary::activeSince).contains(LocalDate.of(2026, 1, 15));
                    assertThat(member).map(FacilitatingMemberSummary::commune).contains("Arjuzanx");
                });
    }

    @Test
    void the_same_joining_delivered_twice_leaves_one_unchanged_row(Scenario scenario) {
        MemberJoined joined = joined();
        scenario.publish(joined).andWaitForStateChange(() -> summary(memberId));
        Map<String, Object> first = storedRow();

        scenario.publish(joined)
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> {
                    assertThat(jdbc.sql("select count(*) from awareness.facilitating_member where member_id = ?")
                            .param(memberId.value()).query(Long.class).single()).isEqualTo(1L);
                    assertThat(storedRow()).isEqualTo(first).containsEntry("version", 0L);
                });
    }

    @Test
    void a_late_joining_does_not_revive_a_member_that_left(Scenario scenario) {
        MemberJoined joined = joined();
        scenario.publish(joined).andWaitForStateChange(() -> summary(memberId));
        scenario.publish(new MemberLeft(UUID.randomUUID(), joinedAt.plusSeconds(60), memberId, "L'Atelier",
                        LocalDate.of(2025, 9, 1), null))
                .andWaitForStateChange(() -> summary(memberId).filter(member -> !member.active()));

        scenario.publish(joined)
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(summary(memberId)).map(FacilitatingMemberSummary::active).contains(false));
    }

    @Test
    void a_renamed_member_that_moved_shows_its_new_name_and_commune(Scenario scenario) {
        scenario.publish(joined()).andWaitForStateChange(() -> summary(memberId));

        scenario.publish(detailsChanged(60, "L'Atelier coopératif", "Arjuzanx"))
                .andWaitForStateChange(() -> summary(memberId).filter(member -> member.commune().equals("Arjuzanx")))
                .andVerify(member -> {
                    assertThat(member).map(FacilitatingMemberSummary::name).contains("L'Atelier coopératif");
                    assertThat(member).map(FacilitatingMemberSummary::active).contains(true);
                    assertThat(member).map(FacilitatingMemberSummary::activeSince).contains(LocalDate.of(2024, 3, 12));
                });
    }

    @Test
    void an_older_details_change_arriving_after_a_newer_one_changes_nothing(Scenario scenario) {
        scenario.publish(joined()).andWaitForStateChange(() -> summary(memberId));
        scenario.publish(detailsChanged(120, "L'Atelier coopératif", "Arjuzanx"))
                .andWaitForStateChange(() -> summary(memberId).filter(member -> member.commune().equals("Arjuzanx")));
        Map<String, Object> newest = storedRow();

        scenario.publish(detailsChanged(60, "L'Atelier de Morcenx", "Morcenx-la-Nouvelle"))
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(storedRow()).isEqualTo(newest));
    }

    @Test
    void the_same_details_change_delivered_twice_leaves_one_unchanged_row(Scenario scenario) {
        scenario.publish(joined()).andWaitForStateChange(() -> summary(memberId));
        MemberDetailsChanged moved = detailsChanged(60, "L'Atelier", "Arjuzanx");
        scenario.publish(moved)
                .andWaitForStateChange(() -> summary(memberId).filter(member -> member.commune().equals("Arjuzanx")));
        Map<String, Object> first = storedRow();

        scenario.publish(moved)
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(storedRow()).isEqualTo(first).containsEntry("version", 1L));
    }

    @Test
    void a_details_change_heard_before_the_joining_is_kept_and_shown_once_the_member_joins(Scenario scenario) {
        scenario.publish(detailsChanged(60, "L'Atelier coopératif", "Arjuzanx"))
                .andWaitForStateChange(() -> jdbc.sql(
                                "select count(*) from awareness.facilitating_member where member_id = ?")
                        .param(memberId.value()).query(Long.class).single(), count -> count == 1L)
                .andVerify(stored -> assertThat(summary(memberId)).isEmpty());

        scenario.publish(joined())
                .andWaitForStateChange(() -> summary(memberId))
                .andVerify(member -> {
                    assertThat(member).map(FacilitatingMemberSummary::active).contains(true);
                    assertThat(member).map(FacilitatingMemberSummary::name).contains("L'Atelier coopératif");
                    assertThat(member).map(FacilitatingMemberSummary::commune).contains("Arjuzanx");
                });
    }

    @Test
    void several_facts_about_one_member_delivered_at_once_are_all_applied(Scenario scenario) {
        scenario.publish(joined()).andWaitForStateChange(() -> summary(memberId));

        // Published together, delivered on several threads at the same time; none may fail (a failed delivery
        // would stay in the registry, and no publication would be left pending only once all have completed).
        BiConsumer<TransactionOperations, ApplicationEventPublisher> fiveChangesAtOnce = (transaction, events) ->
                transaction.executeWithoutResult(status -> {
                    for (int i = 1; i <= 5; i++) {
                        events.publishEvent(detailsChanged(60L * i, "L'Atelier " + i, "Commune " + i));
                    }
                });
        scenario.stimulate(fiveChangesAtOnce)
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> {
                    assertThat(summary(memberId)).map(FacilitatingMemberSummary::name).contains("L'Atelier 5");
                    assertThat(summary(memberId)).map(FacilitatingMemberSummary::commune).contains("Commune 5");
                });
    }

    private MemberDetailsChanged detailsChanged(long secondsAfterJoining, String name, String commune) {
        return new MemberDetailsChanged(UUID.randomUUID(), joinedAt.plusSeconds(secondsAfterJoining), memberId, name,
                commune, "Camille Dupin", "camille@atelier.fr");
    }

    @Test
    void coordinators_find_the_facilitating_members_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("awareness", "facilitators", "nav.awareness.members", "/awareness/members", 30));
    }

    private MemberJoined joined() {
        return new MemberJoined(UUID.randomUUID(), joinedAt, memberId, "L'Atelier", "Morcenx-la-Nouvelle",
                LocalDate.of(2024, 3, 12));
    }

    private Optional<FacilitatingMemberSummary> summary(MemberId id) {
        return listFacilitatingMembers.list(ListFacilitatingMembersQuery.everyone()).stream()
                .filter(member -> member.memberId().equals(id))
                .findFirst();
    }

    private Map<String, Object> storedRow() {
        return jdbc.sql("select * from awareness.facilitating_member where member_id = ?")
                .param(memberId.value()).query().singleRow();
    }

    // With completion mode "delete", a publication leaves the registry once its listener has completed.
    private boolean noPublicationPending() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0;
    }
}
