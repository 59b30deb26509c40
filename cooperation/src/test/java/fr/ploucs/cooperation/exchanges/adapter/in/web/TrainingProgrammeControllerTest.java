package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.shell.adapter.in.web.CooperationWebTestConfiguration;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;
import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery;
import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery.SessionOverview;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RecordAttendance;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.Register;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RegistrationOutcome;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.ScheduleSession;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Today is 26/11/2026 (CooperationWebTestConfiguration). */
@WebMvcTest({TrainingProgrammeController.class, TrainingRegistrationsController.class})
@Import({ExchangesTrainingWebMapper.class, CooperationWebTestConfiguration.class})
@WithMockUser(roles = "COORDINATOR")
class TrainingProgrammeControllerTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ManageTrainingProgrammeUseCase training;
    @MockitoBean
    private FindTrainingQuery query;
    @MockitoBean
    private MemberDirectoryQuery members;
    @MockitoBean
    private FindMembersQuery memberRegistry;
    @MockitoBean
    private EngagementQuery engagement;
    @MockitoBean
    private PeopleQuery people;

    private final Member jardins = member("Les Jardins du Marsan", MembershipStatus.ACTIVE);
    private final Member ressourcerie = member("Ressourcerie des Landes", MembershipStatus.ACTIVE);
    private final TrainingProgramme programme = new TrainingProgramme(TrainingProgrammeId.newId(), 2026,
            "Se former entre membres 2026", "Des sessions courtes, près de chez vous", 1L);
    private final TrainingSession full = session("Comptabilité associative", LocalDate.of(2026, 10, 6), 2);
    private final TrainingSession open = session("Gouvernance partagée", LocalDate.of(2026, 12, 10), 12);
    private final TrainingRegistration lou = registration(full, jardins, "Lou Martin", RegistrationStatus.REGISTERED);
    private final TrainingRegistration sam = registration(full, ressourcerie, "Sam Petit", RegistrationStatus.REGISTERED);
    private final TrainingRegistration alex = registration(full, ressourcerie, "Alex Roux", RegistrationStatus.WAITING);

    @BeforeEach
    void aProgramme() {
        when(members.everyMember()).thenReturn(entries(jardins, ressourcerie));
        when(members.currentMembers()).thenReturn(entries(jardins, ressourcerie));
        when(query.programmeOf(2026)).thenReturn(Optional.of(programme));
        when(query.programme(programme.getId())).thenReturn(Optional.of(programme));
        when(query.programmeYears()).thenReturn(List.of(2026, 2025));
        when(query.sessionsOf(programme.getId())).thenReturn(List.of(
                new SessionOverview(full, 2, 1), new SessionOverview(open, 3, 0)));
        when(query.session(full.getId())).thenReturn(Optional.of(new SessionOverview(full, 2, 1)));
        when(query.session(open.getId())).thenReturn(Optional.of(new SessionOverview(open, 3, 0)));
        when(query.registrationsOf(full.getId())).thenReturn(List.of(lou, sam, alex));
    }

    @Test
    void the_programme_of_the_year_lists_its_sessions_with_the_places_left() throws Exception {
        mvc.perform(get("/cooperation/training").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Se former entre membres 2026</h1>"),
                        containsString("2 sessions"),
                        containsString("le 06/10/2026 de 09:00 à 12:30"),
                        containsString(">Comptabilité associative</a>"),
                        containsString("Complet (1 en liste d’attente)"),
                        containsString("9 places restantes sur 12"))));
    }

    @Test
    void a_year_without_programme_invites_to_open_it_and_a_bad_year_is_a_bad_request() throws Exception {
        mvc.perform(get("/cooperation/training").param("year", "2027").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Le programme de formation 2027 n’est pas encore ouvert."),
                        containsString("href=\"/cooperation/training/programmes/new?year=2027\""))));
        mvc.perform(get("/cooperation/training").param("year", "l-an-prochain")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/training").param("year", "99999")).andExpect(status().isBadRequest());
    }

    @Test
    void a_year_that_already_has_its_programme_is_refused_next_to_the_year() throws Exception {
        when(training.openProgramme(any())).thenThrow(new TrainingRuleViolation("year", "training.programme.year.taken"));

        mvc.perform(post("/cooperation/training/programmes").with(csrf()).locale(Locale.FRENCH)
                        .param("year", "2026").param("title", "Encore un"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"year-error\""),
                        containsString("Cette année a déjà son programme de formation."),
                        containsString("value=\"Encore un\""))));
    }

    @Test
    void an_open_programme_shows_its_year_as_text_not_as_a_field_that_would_be_ignored() throws Exception {
        mvc.perform(get("/cooperation/training/programmes/" + programme.getId() + "/edit").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<strong>2026</strong>"),
                        containsString("L’année d’un programme ne change plus une fois qu’il est ouvert."),
                        not(containsString("name=\"year\"")))));

        // A year sent anyway (by hand) changes nothing: the programme keeps its year, and nothing says otherwise.
        mvc.perform(post("/cooperation/training/programmes/" + programme.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("year", "1999").param("title", "Se former entre membres").param("version", "1"))
                .andExpect(redirectedUrl("/cooperation/training?year=2026"));
        ArgumentCaptor<ManageTrainingProgrammeUseCase.DescribeProgramme> described =
                ArgumentCaptor.forClass(ManageTrainingProgrammeUseCase.DescribeProgramme.class);
        verify(training).describeProgramme(described.capture());
        assertThat(described.getValue().title()).isEqualTo("Se former entre membres");
    }

    @Test
    void a_new_programme_has_its_year_as_a_field() throws Exception {
        mvc.perform(get("/cooperation/training/programmes/new").param("year", "2027").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"year\"")));
    }

    @Test
    void a_session_is_scheduled_and_its_rules_are_answered_next_to_the_fields() throws Exception {
        TrainingSessionId created = TrainingSessionId.newId();
        when(training.schedule(any())).thenReturn(created);

        mvc.perform(post("/cooperation/training/programmes/" + programme.getId() + "/sessions").with(csrf())
                        .param("title", "Gouvernance partagée").param("date", "2026-12-10")
                        .param("startsAt", "09:00").param("endsAt", "12:30").param("place", "Morcenx-la-Nouvelle")
                        .param("trainer", "Dominique Laborde").param("capacity", "12"))
                .andExpect(redirectedUrl("/cooperation/training/sessions/" + created))
                .andExpect(flash().attribute("confirmation", "training.session.scheduled"));
        ArgumentCaptor<ScheduleSession> command = ArgumentCaptor.forClass(ScheduleSession.class);
        verify(training).schedule(command.capture());
        assertThat(command.getValue().details().durationInHours()).isEqualByComparingTo("3.5");

        mvc.perform(post("/cooperation/training/programmes/" + programme.getId() + "/sessions").with(csrf())
                        .locale(Locale.FRENCH)
                        .param("title", "Gouvernance").param("date", "le dix").param("startsAt", "14:00")
                        .param("endsAt", "10:00").param("place", "").param("trainer", "Dominique")
                        .param("capacity", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez une date valide, par exemple 06/10/2026."),
                        containsString("L’heure de fin doit être après l’heure de début."),
                        containsString("Indiquez le lieu."),
                        containsString("Il faut au moins une place."),
                        containsString("value=\"le dix\""))));

        when(training.schedule(any())).thenThrow(new TrainingRuleViolation("date", "training.session.date.outside-year"));
        mvc.perform(post("/cooperation/training/programmes/" + programme.getId() + "/sessions").with(csrf())
                        .locale(Locale.FRENCH)
                        .param("title", "Gouvernance").param("date", "2027-01-10").param("startsAt", "09:00")
                        .param("endsAt", "10:00").param("place", "Ygos").param("trainer", "Dominique")
                        .param("capacity", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"date-error\""),
                        containsString("La session doit avoir lieu pendant l’année du programme."))));
    }

    @Test
    void the_session_page_shows_places_registrations_and_the_waiting_list() throws Exception {
        mvc.perform(get("/cooperation/training/sessions/" + full.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Comptabilité associative</h1>"),
                        containsString("Complet (1 en liste d’attente)"),
                        containsString("2 inscrit·es sur 2 places, 1 en liste d’attente"),
                        containsString("Lou Martin"), containsString("Alex Roux"),
                        containsString("Liste d’attente"),
                        containsString("3,5 h"),
                        containsString("href=\"/cooperation/training/sessions/" + full.getId() + "/attendance\""))));
        // A session still to come: no attendance yet.
        mvc.perform(get("/cooperation/training/sessions/" + open.getId()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/attendance\""))));
        mvc.perform(get("/cooperation/training/sessions/" + TrainingSessionId.newId())).andExpect(status().isNotFound());
    }

    @Test
    void a_registration_gets_a_place_or_the_waiting_list_and_says_which() throws Exception {
        when(training.register(any())).thenReturn(new RegistrationOutcome(TrainingRegistrationId.newId(), true));

        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/registrations").with(csrf())
                        .param("personName", "Noa Lafitte").param("memberId", jardins.getId().toString()))
                .andExpect(redirectedUrl("/cooperation/training/sessions/" + full.getId()))
                .andExpect(flash().attribute("confirmation", "training.registration.waiting"));
        verify(training).register(new Register(full.getId(), jardins.getId(), "Noa Lafitte"));
    }

    @Test
    void a_registration_form_with_errors_is_answered_in_french_and_nothing_is_stored() throws Exception {
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/registrations").with(csrf())
                        .locale(Locale.FRENCH).param("personName", "").param("memberId", "pas-une-structure"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez le nom de la personne."),
                        containsString("Choisissez une structure dans la liste."),
                        containsString("La session est complète"))));
        verifyNoInteractions(training);
    }

    @Test
    void a_duplicate_registration_is_refused_next_to_the_name() throws Exception {
        when(training.register(any())).thenThrow(new TrainingRuleViolation("personName", "training.registration.duplicate"));
        mvc.perform(post("/cooperation/training/sessions/" + open.getId() + "/registrations").with(csrf())
                        .locale(Locale.FRENCH).param("personName", "Lou Martin")
                        .param("memberId", jardins.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"personName-error\""),
                        containsString("Cette personne de cette structure est déjà inscrite à la session."))));
    }

    @Test
    void the_attendance_sheet_lists_those_holding_a_place_and_records_present_and_absent() throws Exception {
        mvc.perform(get("/cooperation/training/sessions/" + full.getId() + "/attendance").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Lou Martin (Les Jardins du Marsan)"),
                        containsString("Sam Petit (Ressourcerie des Landes)"),
                        not(containsString("Alex Roux")),
                        containsString("name=\"version\" value=\"5\""))));

        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/attendance").with(csrf())
                        .param("version", "5")
                        .param("lines[0].registrationId", lou.getId().toString()).param("lines[0].attendance", "PRESENT")
                        .param("lines[1].registrationId", sam.getId().toString()).param("lines[1].attendance", "ABSENT"))
                .andExpect(redirectedUrl("/cooperation/training/sessions/" + full.getId()))
                .andExpect(flash().attribute("confirmation", "training.attendance.recorded"));
        verify(training).recordAttendance(new RecordAttendance(full.getId(), 5L,
                Map.of(lou.getId(), Attendance.PRESENT, sam.getId(), Attendance.ABSENT)));
    }

    @Test
    void an_incomplete_or_stale_attendance_sheet_is_answered_in_french() throws Exception {
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/attendance").with(csrf())
                        .locale(Locale.FRENCH).param("version", "5")
                        .param("lines[0].registrationId", lou.getId().toString()).param("lines[0].attendance", "PRESENT")
                        .param("lines[1].registrationId", sam.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez si la personne était présente ou absente."),
                        containsString("Sam Petit (Ressourcerie des Landes)"))));
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/attendance").with(csrf())
                        .locale(Locale.FRENCH).param("version", "5")
                        .param("lines[0].registrationId", lou.getId().toString()).param("lines[0].attendance", "PEUT-ETRE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez présent·e ou absent·e.")));
        verifyNoInteractions(training);

        doThrow(new TrainingChangedMeanwhile(full.getId())).when(training).recordAttendance(any());
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/attendance").with(csrf())
                        .locale(Locale.FRENCH).param("version", "4")
                        .param("lines[0].registrationId", lou.getId().toString()).param("lines[0].attendance", "PRESENT")
                        .param("lines[1].registrationId", sam.getId().toString()).param("lines[1].attendance", "PRESENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un a enregistré un changement entre-temps.")));
        // A registration that is not one of this session's places: the sheet was tampered with.
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/attendance").with(csrf())
                        .param("version", "5")
                        .param("lines[0].registrationId", alex.getId().toString()).param("lines[0].attendance", "PRESENT"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_stale_session_edit_is_refused_and_a_lower_capacity_than_the_registered_too() throws Exception {
        doThrow(new TrainingRuleViolation("capacity", "training.session.capacity.below-registered")).when(training).replan(any());
        mvc.perform(post("/cooperation/training/sessions/" + full.getId()).with(csrf()).locale(Locale.FRENCH)
                        .param("title", "Comptabilité associative").param("date", "2026-10-06")
                        .param("startsAt", "09:00").param("endsAt", "12:30").param("place", "Morcenx-la-Nouvelle")
                        .param("trainer", "Dominique Laborde").param("capacity", "1").param("version", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"capacity-error\""),
                        containsString("Plus de personnes sont déjà inscrites que ce nombre de places"))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void a_representative_cannot_open_the_training_pages() throws Exception {
        mvc.perform(get("/cooperation/training")).andExpect(status().isForbidden());
        mvc.perform(post("/cooperation/training/sessions/" + full.getId() + "/registrations").with(csrf())
                .param("personName", "X").param("memberId", jardins.getId().toString())).andExpect(status().isForbidden());
        verifyNoInteractions(training);
    }

    private TrainingSession session(String title, LocalDate on, int capacity) {
        return new TrainingSession(TrainingSessionId.newId(), programme.getId(), new TrainingSessionDetails(title, on,
                LocalTime.of(9, 0), LocalTime.of(12, 30), "Morcenx-la-Nouvelle", "Dominique Laborde", capacity,
                null), false, 5L);
    }

    private static TrainingRegistration registration(TrainingSession session, Member member, String name,
                                                     RegistrationStatus status) {
        return new TrainingRegistration(TrainingRegistrationId.newId(), session.getId(), member.getId(), name, status,
                null, Instant.parse("2026-09-01T10:00:00Z"), 0L);
    }

    private static Member member(String name, MembershipStatus status) {
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@example.org", null)), status,
                List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null)), 0L);
    }
}
