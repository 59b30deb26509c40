package fr.ploucs.cooperation.members.adapter.in.web;

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

@WebMvcTest({RepresentativeChangeController.class, MembersController.class})
@Import({CooperationWebTestConfiguration.class, MemberPageParts.class})
class RepresentativeChangeControllerTest {

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
    DuesOverviewQuery dues;

    @MockitoBean
    FindTerritoryQuery territory;
    @MockitoBean
    EngagementQuery engagement;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase registration;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.MemberListQuery memberList;

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
    void the_change_form_lists_what_the_outgoing_representative_holds() throws Exception {
        when(query.responsibilitiesHeldBy(memberId, "ana@tierslieu.org")).thenReturn(List.of(
                new HeldResponsibility(UUID.randomUUID(), memberId, "Ana Lafitte", "ana@tierslieu.org",
                        "accompaniment", "Suivi du projet Ferme partagée", LocalDate.of(2026, 3, 1))));

        mvc.perform(get("/cooperation/members/{id}/representative", memberId.value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Changer de référent·e pour Le Tiers-Lieu"),
                        containsString("Ce que détient Ana Lafitte dans les piliers"),
                        containsString("Accompagnement"),
                        containsString("Suivi du projet Ferme partagée"))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_change_is_recorded_with_the_version_seen() throws Exception {
        mvc.perform(post("/cooperation/members/{id}/representative", memberId.value()).with(csrf())
                        .param("name", " Lou Martin ").param("email", "lou@tierslieu.org").param("phone", "")
                        .param("date", "2026-09-01").param("reason", "Ana part en formation").param("version", "0"))
                .andExpect(redirectedUrl("/cooperation/members/" + memberId + "#people"));

        ArgumentCaptor<ChangeRepresentative> change = ArgumentCaptor.forClass(ChangeRepresentative.class);
        verify(changes).changeRepresentative(change.capture());
        assertThat(change.getValue().incoming()).isEqualTo(new Representative("Lou Martin", "lou@tierslieu.org", null));
        assertThat(change.getValue().expectedVersion()).isZero();
        assertThat(change.getValue().on()).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_same_person_is_refused_in_french_and_the_form_is_kept() throws Exception {
        doThrow(new MembershipRuleViolation("representative.rule.same-person")).when(changes).changeRepresentative(any());

        mvc.perform(post("/cooperation/members/{id}/representative", memberId.value()).with(csrf())
                        .locale(Locale.FRENCH)
                        .param("name", "Ana Lafitte").param("email", "ana@tierslieu.org")
                        .param("date", "2026-09-01").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Cette personne est déjà le ou la référent·e de la structure."),
                        containsString("value=\"ana@tierslieu.org\""))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_cannot_change_their_representative_here() throws Exception {
        mvc.perform(get("/cooperation/members/{id}/representative", memberId.value()))
                .andExpect(status().isForbidden());
    }
}
