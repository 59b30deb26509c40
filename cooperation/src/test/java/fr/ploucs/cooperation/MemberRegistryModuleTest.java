package fr.ploucs.cooperation;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.ChangeRepresentative;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordDeparture;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.RecordReturn;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.UpdateDetails;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.members.application.port.in.SiretAlreadyRegistered;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.Siret;
import fr.ploucs.sharedkernel.MemberDirectory;
import fr.ploucs.sharedkernel.MemberDirectory.MemberSummary;
import fr.ploucs.sharedkernel.events.MemberDetailsChanged;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.MemberRejoined;
import fr.ploucs.sharedkernel.NavigationEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The cooperation module booted on its own against the real database, publishing what other pillars listen to. */
@ApplicationModuleTest
class MemberRegistryModuleTest {

    private static final LocalDate JOINED_ON = LocalDate.of(2024, 3, 12);
    private static final LocalDate LEFT_ON = LocalDate.of(2025, 9, 1);
    private static final LocalDate REJOINED_ON = LocalDate.of(2026, 1, 15);

    @Autowired
    private RegisterMemberUseCase registration;

    @Autowired
    private ChangeMemberUseCase changes;

    @Autowired
    private FindMembersQuery members;

    @Autowired
    private MemberDirectory directory;

    @Autowired
    private List<NavigationEntry> navigationEntries;

    @Test
    void registering_a_member_publishes_that_it_joined(Scenario scenario) {
        String name = unique("L'Atelier");

        scenario.stimulate(() -> registration.register(new RegisterMember(details(name, TestSirets.fresh()), JOINED_ON)))
                .andWaitForEventOfType(MemberJoined.class)
                .matching(joined -> joined.memberName().equals(name))
                .toArriveAndVerify((joined, id) -> {
                    assertThat(joined.memberId()).isEqualTo(id);
                    assertThat(joined.commune()).isEqualTo("Morcenx-la-Nouvelle");
                    assertThat(joined.joinedOn()).isEqualTo(JOINED_ON);
                    Member stored = members.byId(id).orElseThrow();
                    assertThat(stored.getDetails().name()).isEqualTo(name);
                    assertThat(stored.getStatus()).isEqualTo(MembershipStatus.ACTIVE);
                    assertThat(stored.getVersion()).isZero();
                });
    }

    @Test
    void a_second_member_with_the_same_siret_is_refused_and_not_stored() {
        Siret siret = TestSirets.fresh();
        registration.register(new RegisterMember(details(unique("Première"), siret), JOINED_ON));
        String second = unique("Seconde");

        assertThatExceptionOfType(SiretAlreadyRegistered.class)
                .isThrownBy(() -> registration.register(new RegisterMember(details(second, siret), JOINED_ON)));

        assertThat(members.search(second, null)).isEmpty();
    }

    @Test
    void recording_a_departure_publishes_that_the_member_left_with_its_reason(Scenario scenario) {
        String name = unique("Terres & Liens");
        MemberId id = registration.register(new RegisterMember(details(name, null), JOINED_ON));

        scenario.stimulate(() -> changes.recordDeparture(new RecordDeparture(id, 0L, LEFT_ON, "fin d'activité")))
                .andWaitForEventOfType(MemberLeft.class)
                .matching(left -> left.memberId().equals(id))
                .toArriveAndVerify(left -> {
                    assertThat(left.memberName()).isEqualTo(name);
                    assertThat(left.leftOn()).isEqualTo(LEFT_ON);
                    assertThat(left.reason()).isEqualTo("fin d'activité");
                    Member stored = members.byId(id).orElseThrow();
                    assertThat(stored.getStatus()).isEqualTo(MembershipStatus.LEFT);
                    assertThat(stored.getVersion()).isEqualTo(1L);
                });
    }

    @Test
    void recording_a_return_publishes_that_the_member_rejoined(Scenario scenario) {
        String name = unique("Abeilles");
        MemberId id = registration.register(new RegisterMember(details(name, null), JOINED_ON));
        changes.recordDeparture(new RecordDeparture(id, 0L, LEFT_ON, "fin d'activité"));

        scenario.stimulate(() -> changes.recordReturn(new RecordReturn(id, 1L, REJOINED_ON, null)))
                .andWaitForEventOfType(MemberRejoined.class)
                .matching(rejoined -> rejoined.memberId().equals(id))
                .toArriveAndVerify(rejoined -> {
                    assertThat(rejoined.memberName()).isEqualTo(name);
                    assertThat(rejoined.commune()).isEqualTo("Morcenx-la-Nouvelle");
                    assertThat(rejoined.rejoinedOn()).isEqualTo(REJOINED_ON);
                    Member stored = members.byId(id).orElseThrow();
                    assertThat(stored.getStatus()).isEqualTo(MembershipStatus.RETURNED);
                    assertThat(stored.getHistory()).hasSize(3);
                });
    }

    @Test
    void renaming_a_member_and_moving_it_publishes_its_new_details(Scenario scenario) {
        String name = unique("Ruche");
        String renamed = unique("La Ruche coopérative");
        MemberId id = registration.register(new RegisterMember(details(name, null), JOINED_ON));
        MemberDetails moved = new MemberDetails(renamed, LegalForm.ASSOCIATION_LOI_1901, null, "Arjuzanx",
                new Representative("Camille Dupin", "camille@atelier.fr", null));

        scenario.stimulate(() -> changes.updateDetails(new UpdateDetails(id, 0L, moved)))
                .andWaitForEventOfType(MemberDetailsChanged.class)
                .matching(changed -> changed.memberId().equals(id))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.memberName()).isEqualTo(renamed);
                    assertThat(changed.commune()).isEqualTo("Arjuzanx");
                    assertThat(changed.representativeName()).isEqualTo("Camille Dupin");
                    assertThat(changed.representativeEmail()).isEqualTo("camille@atelier.fr");
                    assertThat(members.byId(id).orElseThrow().getDetails().name()).isEqualTo(renamed);
                });
    }

    @Test
    void changing_the_representative_publishes_the_details_with_the_new_one(Scenario scenario) {
        String name = unique("Graines");
        MemberId id = registration.register(new RegisterMember(details(name, null), JOINED_ON));

        scenario.stimulate(() -> changes.changeRepresentative(new ChangeRepresentative(id, 0L,
                        new Representative("Lou Martin", "lou@graines.fr", null), REJOINED_ON, null)))
                .andWaitForEventOfType(MemberDetailsChanged.class)
                .matching(changed -> changed.memberId().equals(id))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.memberName()).isEqualTo(name);
                    assertThat(changed.commune()).isEqualTo("Morcenx-la-Nouvelle");
                    assertThat(changed.representativeName()).isEqualTo("Lou Martin");
                    assertThat(changed.representativeEmail()).isEqualTo("lou@graines.fr");
                });
    }

    @Test
    void the_member_directory_lists_only_current_members() {
        String staying = unique("Reste");
        String leaving = unique("Part");
        MemberId stayingId = registration.register(new RegisterMember(details(staying, null), JOINED_ON));
        MemberId leavingId = registration.register(new RegisterMember(details(leaving, null), JOINED_ON));
        changes.recordDeparture(new RecordDeparture(leavingId, 0L, LEFT_ON, "fin d'activité"));

        List<MemberSummary> current = directory.currentMembers();

        assertThat(current).contains(new MemberSummary(stayingId, staying));
        assertThat(current).extracting(MemberSummary::id).doesNotContain(leavingId);
        assertThat(current).allSatisfy(summary -> assertThat(members.byId(summary.id()).orElseThrow().getStatus())
                .isEqualTo(MembershipStatus.ACTIVE));
    }

    @Test
    void coordinators_and_representatives_find_their_entries_in_the_navigation() {
        assertThat(navigationEntries).contains(
                NavigationEntry.forCoordinators("cooperation", "members", "nav.cooperation.members", "/cooperation/members", 10),
                NavigationEntry.forRepresentatives("cooperation", "members", "nav.cooperation.my-member", "/cooperation/my-member", 10));
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MemberDetails details(String name, Siret siret) {
        return new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, siret, "Morcenx-la-Nouvelle",
                new Representative("Camille Dupin", "camille@atelier.fr", null));
    }
}
