package fr.ploucs.cooperation.people.adapter.in.web;

import fr.ploucs.cooperation.members.adapter.in.web.MemberPageParts;
import fr.ploucs.cooperation.members.adapter.in.web.MemberPageStubs;
import fr.ploucs.cooperation.members.adapter.in.web.MembersController;
import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase.ChangeRepresentative;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase;
import fr.ploucs.cooperation.people.application.port.in.ManagePeopleUseCase.AddContact;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.people.domain.ContactPerson;
import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipRuleViolation;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.people.domain.RepresentativeTerm;
import fr.ploucs.cooperation.engagement.domain.YearContribution;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({MemberPeopleController.class, MembersController.class})
@Import({CooperationWebTestConfiguration.class, MemberPageParts.class})
class MemberPeopleControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ManagePeopleUseCase people;
    @MockitoBean
    PeopleQuery query;
    @MockitoBean
    ChangeMemberUseCase changes;
    @MockitoBean
    FindMembersQuery members;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.MemberListQuery memberList;

    @MockitoBean
    DuesOverviewQuery dues;

    @MockitoBean
    FindTerritoryQuery territory;
    @MockitoBean
    EngagementQuery engagement;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase registration;

    private final MemberId memberId = MemberId.newId();

    @BeforeEach
    void aMemberRepresentedByAna() {
        MemberPageStubs.everyCommuneKnown(territory);
        Member member = Member.register(memberId, new MemberDetails("Le Tiers-Lieu", LegalForm.SCIC, null,
                "Morcenx", new Representative("Ana Lafitte", "ana@tierslieu.org", null)), LocalDate.of(2023, 9, 1));
        when(members.byId(memberId)).thenReturn(Optional.of(member));
        when(engagement.contributionOf(any(), anyInt())).thenReturn(new YearContribution(2026, List.of()));
        when(query.peopleOf(any())).thenReturn(PeopleQuery.People.none());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_contact_with_a_wrong_email_is_refused_next_to_the_field() throws Exception {
        mvc.perform(post("/cooperation/members/{id}/contacts", memberId.value()).with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Sam Dupuy").param("role", "STAFF").param("email", "sam-at-atelier"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"contact-email-error\""),
                        containsString("Ce courriel n’est pas valide"), containsString("value=\"Sam Dupuy\""))));
        verify(people, never()).addContact(any());

        mvc.perform(post("/cooperation/members/{id}/contacts", memberId.value()).with(csrf())
                        .param("name", "Sam Dupuy").param("role", "VOLUNTEER").param("email", "sam@atelier.org"))
                .andExpect(redirectedUrl("/cooperation/members/" + memberId + "#people"));
        verify(people).addContact(new AddContact(memberId, "Sam Dupuy", ContactRole.VOLUNTEER, "sam@atelier.org", null));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_member_page_shows_contacts_former_representatives_and_the_handover() throws Exception {
        when(query.peopleOf(memberId)).thenReturn(new PeopleQuery.People(
                List.of(new ContactPerson(UUID.randomUUID(), "Noa Lafon", ContactRole.VOLUNTEER, null, null)),
                List.of(new RepresentativeTerm("Jo Former", "jo@tierslieu.org", null, LocalDate.of(2023, 9, 1),
                        LocalDate.of(2025, 1, 31), "déménagement")),
                List.of(new HeldResponsibility(UUID.randomUUID(), memberId, "Jo Former", "jo@tierslieu.org",
                        "awareness", "Animation au collège de Morcenx", null))));

        mvc.perform(get("/cooperation/members/{id}", memberId.value()).locale(Locale.FRENCH))
                .andExpect(content().string(allOf(
                        containsString("Noa Lafon"), containsString("Bénévole"),
                        containsString("Jo Former"), containsString("du 01/09/2023 au 31/01/2025"),
                        containsString("Passation en cours"), containsString("Animation au collège de Morcenx"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_contact_added_while_someone_else_changes_the_contacts_is_refused_with_a_message() throws Exception {
        doThrow(new fr.ploucs.cooperation.people.domain.MemberTeamChangedMeanwhile(memberId)).when(people).addContact(any());

        mvc.perform(post("/cooperation/members/{id}/contacts", memberId.value()).with(csrf()).locale(Locale.FRENCH)
                        .param("name", "Sam Dupuy").param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quelqu’un d’autre modifiait les contacts"),
                        containsString("value=\"Sam Dupuy\""))));
    }
}
