package fr.ploucs.cooperation;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.ChangeRepresentative;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase.AddContact;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery.People;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.RepresentativeChanged;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** People and handover, on the real database: contacts, representative changes, what the pillars report. */
@ApplicationModuleTest
class PeopleModuleTest {

    @Autowired
    RegisterMemberUseCase registration;
    @Autowired
    ChangeMemberUseCase changes;
    @Autowired
    ManagePeopleUseCase people;
    @Autowired
    PeopleQuery query;
    @Autowired
    FindMembersQuery members;

    @Test
    void a_change_of_representative_is_published_and_the_outgoing_persons_responsibilities_await_handover(
            Scenario scenario) {
        MemberId member = registration.register(new RegisterMember(details("Le Tiers-Lieu " + token()),
                LocalDate.of(2023, 9, 1)));
        UUID coaching = UUID.randomUUID();
        UUID kit = UUID.randomUUID();
        ResponsibilityAssigned follows = assigned(coaching, member, "ana@tierslieu.org", "accompaniment",
                "Suivi du projet Ferme partagée");
        scenario.publish(follows)
                .andWaitForStateChange(() -> query.responsibilitiesHeldBy(member, "ANA@tierslieu.org"),
                        held -> !held.isEmpty())
                .andVerify(held -> assertThat(held).extracting(HeldResponsibility::description)
                        .containsExactly("Suivi du projet Ferme partagée"));
        scenario.publish(follows)
                .andWaitForStateChange(() -> query.responsibilitiesHeldBy(member, "ana@tierslieu.org").size())
                .andVerify(count -> assertThat(count).isEqualTo(1));
        scenario.publish(assigned(kit, member, "ana@tierslieu.org", "cooperation", "Garde du jeu de rôle de l’ESS"))
                .andWaitForStateChange(() -> query.responsibilitiesHeldBy(member, "ana@tierslieu.org").size(),
                        count -> count == 2)
                .andVerify(count -> assertThat(count).isEqualTo(2));
        scenario.publish(new ResponsibilityEnded(UUID.randomUUID(), Instant.now(), kit, "Garde du jeu"))
                .andWaitForStateChange(() -> query.responsibilitiesHeldBy(member, "ana@tierslieu.org").size(),
                        count -> count == 1)
                .andVerify(count -> assertThat(count).isEqualTo(1));

        long version = members.byId(member).orElseThrow().getVersion();
        scenario.stimulate(() -> changes.changeRepresentative(new ChangeRepresentative(member, version,
                        new Representative("Lou Martin", "lou@tierslieu.org", null), LocalDate.of(2026, 9, 1),
                        "Ana part en formation")))
                .andWaitForEventOfType(RepresentativeChanged.class)
                .matching(changed -> changed.memberId().equals(member))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.outgoingEmail()).isEqualTo("ana@tierslieu.org");
                    assertThat(changed.incomingName()).isEqualTo("Lou Martin");
                    assertThat(changed.changedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
                });

        People after = query.peopleOf(member);
        assertThat(after.formerRepresentatives()).singleElement().satisfies(term -> {
            assertThat(term.email()).isEqualTo("ana@tierslieu.org");
            assertThat(term.from()).isEqualTo(LocalDate.of(2023, 9, 1));
            assertThat(term.until()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(term.reason()).isEqualTo("Ana part en formation");
        });
        assertThat(after.handover()).extracting(HeldResponsibility::description)
                .containsExactly("Suivi du projet Ferme partagée");
        assertThat(members.byId(member).orElseThrow().getDetails().representative().email())
                .isEqualTo("lou@tierslieu.org");
    }

    @Test
    void the_same_person_or_a_stale_page_cannot_change_the_representative() {
        MemberId member = registration.register(new RegisterMember(details("La Ruche " + token()),
                LocalDate.of(2023, 9, 1)));

        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() ->
                changes.changeRepresentative(new ChangeRepresentative(member, 0L,
                        new Representative("Ana", "ANA@tierslieu.org", null), LocalDate.of(2026, 1, 1), null)));
        assertThatExceptionOfType(MemberChangedMeanwhile.class).isThrownBy(() ->
                changes.changeRepresentative(new ChangeRepresentative(member, 7L,
                        new Representative("Lou", "lou@tierslieu.org", null), LocalDate.of(2026, 1, 1), null)));
        assertThat(query.peopleOf(member).formerRepresentatives()).isEmpty();
    }

    @Test
    void contacts_are_stored_with_the_member() {
        MemberId member = registration.register(new RegisterMember(details("L’Atelier " + token()),
                LocalDate.of(2023, 9, 1)));

        people.addContact(new AddContact(member, "Sam Dupuy", ContactRole.STAFF, "sam@atelier.org", null));
        people.addContact(new AddContact(member, "Noa Lafon", ContactRole.VOLUNTEER, null, "05 58 22 22 22"));

        assertThat(query.peopleOf(member).contacts())
                .extracting(contact -> contact.name() + "/" + contact.role())
                .containsExactly("Sam Dupuy/STAFF", "Noa Lafon/VOLUNTEER");
        UUID sam = query.peopleOf(member).contacts().get(0).id();
        people.removeContact(member, sam);
        assertThat(query.peopleOf(member).contacts()).extracting(contact -> contact.name()).containsExactly("Noa Lafon");
    }

    private static ResponsibilityAssigned assigned(UUID id, MemberId member, String email, String pillar,
                                                   String description) {
        return new ResponsibilityAssigned(UUID.randomUUID(), Instant.now(), id, member, "Ana", email, pillar,
                description, LocalDate.of(2026, 3, 1));
    }

    private static MemberDetails details(String name) {
        return new MemberDetails(name, LegalForm.ASSOCIATION_LOI_1901, null, "Morcenx-la-Nouvelle",
                new Representative("Ana", "ana@tierslieu.org", null));
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
