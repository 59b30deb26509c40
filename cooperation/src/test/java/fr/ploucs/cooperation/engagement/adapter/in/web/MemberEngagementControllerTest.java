package fr.ploucs.cooperation.engagement.adapter.in.web;

import fr.ploucs.cooperation.members.adapter.in.web.MemberPageParts;
import fr.ploucs.cooperation.members.adapter.in.web.MemberPageStubs;
import fr.ploucs.cooperation.members.adapter.in.web.MembersController;
import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery.DormantMember;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.LogHours;
import fr.ploucs.cooperation.engagement.domain.EngagementEntry;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({MemberEngagementController.class, MembersController.class})
@Import({CooperationWebTestConfiguration.class, MemberPageParts.class})
class MemberEngagementControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RecordEngagementUseCase recording;
    @MockitoBean
    EngagementQuery engagement;
    @MockitoBean
    PeopleQuery people;
    @MockitoBean
    FindMembersQuery members;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.MemberListQuery memberList;

    @MockitoBean
    DuesOverviewQuery dues;

    @MockitoBean
    FindTerritoryQuery territory;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase registration;
    @MockitoBean
    fr.ploucs.cooperation.members.application.port.in.ChangeMemberUseCase changes;

    private final MemberId memberId = MemberId.newId();

    @BeforeEach
    void aMember() {
        MemberPageStubs.everyCommuneKnown(territory);
        Member member = Member.register(memberId, new MemberDetails("La Ruche", LegalForm.ASSOCIATION_LOI_1901, null,
                "Morcenx", new Representative("Lou Martin", "lou@example.org", null)), LocalDate.of(2024, 3, 12));
        when(members.byId(memberId)).thenReturn(Optional.of(member));
        MemberPageStubs.nothingRecordedYet(engagement, people);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void the_member_page_shows_the_years_contribution_by_line_and_in_total() throws Exception {
        when(engagement.contributionOf(memberId, 2026)).thenReturn(new YearContribution(2026, List.of(
                new EngagementEntry(UUID.randomUUID(), memberId, EngagementSource.COACHING_SESSION, "s1",
                        LocalDate.of(2026, 10, 8), new BigDecimal("3.50"), "Ferme partagée de Sabres"),
                new EngagementEntry(UUID.randomUUID(), memberId, EngagementSource.PRACTICE_EXCHANGE, "s2",
                        LocalDate.of(2026, 9, 20), new BigDecimal("2"), "Gouvernance partagée"))));

        mvc.perform(get("/cooperation/members/{id}", memberId.value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Contribution au réseau en 2026"),
                        containsString("Total : 5,50 h"),
                        containsString("Accompagnement d’un projet"),
                        containsString("Ferme partagée de Sabres"),
                        containsString("08/10/2026"),
                        containsString("Noter des heures pour cette structure"))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE", authorities = {})
    void the_member_page_says_where_the_years_dues_stand() throws Exception {
        when(dues.duesOf(memberId, 2026)).thenReturn(Optional.of(new DuesOverviewQuery.MemberDues(memberId,
                "La Ruche", new fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.Contact("Lou Martin", "lou@example.org"),
                new fr.ploucs.cooperation.dues.domain.DuesBalance(fr.ploucs.sharedkernel.Money.of("120.00"), fr.ploucs.sharedkernel.Money.of("50.00")),
                null)));

        mvc.perform(get("/cooperation/members/{id}", memberId.value()).locale(Locale.FRENCH)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("lou").authorities(
                                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_REPRESENTATIVE"),
                                        new org.springframework.security.core.authority.SimpleGrantedAuthority("MEMBER_" + memberId.value()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Cotisation 2026"),
                        containsString("Reste dû : 70,00 € sur 120,00 €."))));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_coordinator_logs_hours_typed_the_french_way() throws Exception {
        mvc.perform(post("/cooperation/members/{id}/engagement", memberId.value()).with(csrf())
                        .param("source", "PRACTICE_EXCHANGE").param("date", "2026-11-20")
                        .param("hours", "2,5").param("description", "Échange sur les achats groupés"))
                .andExpect(redirectedUrl("/cooperation/members/" + memberId + "#contribution"));

        ArgumentCaptor<LogHours> logged = ArgumentCaptor.forClass(LogHours.class);
        verify(recording).log(logged.capture());
        assertThat(logged.getValue().hours()).isEqualByComparingTo("2.5");
        assertThat(logged.getValue().source()).isEqualTo(EngagementSource.PRACTICE_EXCHANGE);
        assertThat(logged.getValue().memberId()).isEqualTo(memberId);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void wrong_hours_get_a_french_message_and_nothing_is_logged() throws Exception {
        for (String hours : List.of("deux", "30", "0", "1,125")) {
            mvc.perform(post("/cooperation/members/{id}/engagement", memberId.value()).with(csrf())
                            .locale(Locale.FRENCH)
                            .param("source", "TRAINING").param("date", "2026-11-20")
                            .param("hours", hours).param("description", "Formation comptabilité"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"hours-error\""),
                            containsString("value=\"" + hours + "\""), containsString("Formation comptabilit"))));
        }
        verify(recording, never()).log(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coaching_hours_cannot_be_logged_by_hand() throws Exception {
        mvc.perform(post("/cooperation/members/{id}/engagement", memberId.value()).with(csrf())
                        .locale(Locale.FRENCH)
                        .param("source", "COACHING_SESSION").param("date", "2026-11-20")
                        .param("hours", "2").param("description", "Tentative"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la nature de la contribution.")));
        verify(recording, never()).log(any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void lists_the_members_to_re_engage() throws Exception {
        when(engagement.membersToReengage()).thenReturn(List.of(
                new DormantMember(memberId, "La Ruche", "Lou Martin", "lou@example.org", null),
                new DormantMember(MemberId.newId(), "Le Tiers-Lieu", "Alex", "alex@example.org",
                        LocalDate.of(2026, 2, 3))));

        mvc.perform(get("/cooperation/engagement/reengage").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Structures à remobiliser"),
                        containsString("depuis 6 mois"),
                        containsString("Aucune heure enregistrée"),
                        containsString("03/02/2026"),
                        containsString("lou@example.org"))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_cannot_log_hours() throws Exception {
        mvc.perform(post("/cooperation/members/{id}/engagement", memberId.value()).with(csrf())
                        .param("source", "TRAINING").param("date", "2026-11-20")
                        .param("hours", "2").param("description", "x"))
                .andExpect(status().isForbidden());
        verify(recording, never()).log(any());
    }
}
