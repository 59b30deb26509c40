package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.BookResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.CancelBooking;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.ShareResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.UpdateSharedResource;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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

@WebMvcTest({SharedResourcesController.class, BookingsController.class})
@Import({MutualisationWebMapper.class, MutualisationControllersTest.TestSetup.class})
@WithMockUser(roles = "COORDINATOR")
class MutualisationControllersTest {

    /** Monday 4 May 2026, 10:00 in Paris. */
    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class TestSetup {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ShareResourceUseCase sharing;
    @MockitoBean
    private BookResourceUseCase booking;
    @MockitoBean
    private FindSharedResourcesQuery resources;
    @MockitoBean
    private MemberDirectoryQuery members;
    @MockitoBean
    private FindMembersQuery memberRegistry;

    private final Member jardins = member("Les Jardins du Marsan", MembershipStatus.ACTIVE);
    private final Member ressourcerie = member("Ressourcerie des Landes", MembershipStatus.ACTIVE);
    private final Member partie = member("La Fabrique partie", MembershipStatus.LEFT);
    private final SharedResource kit = new SharedResource(SharedResourceId.newId(), new SharedResourceDetails(
            ResourceKind.EDUCATIONAL_KIT, "Jeu de rôle de l’ESS", "Créé en résidence", "Morcenx-la-Nouvelle",
            jardins.getId()), true, 3L);
    /** Wednesday 6 May 2026, 09:00 to 12:00 in Paris. */
    private final Booking wednesday = new Booking(BookingId.newId(), kit.getId(), ressourcerie.getId(),
            new BookingPeriod(Instant.parse("2026-05-06T07:00:00Z"), Instant.parse("2026-05-06T10:00:00Z")),
            "Animation au collège", BookingStatus.ACTIVE, 0L);

    @BeforeEach
    void aNetwork() {
        when(members.everyMember()).thenReturn(entries(partie, jardins, ressourcerie));
        when(resources.byId(kit.getId())).thenReturn(Optional.of(kit));
        when(resources.list(null)).thenReturn(List.of(kit));
    }

    @Test
    void the_catalogue_lists_the_resources_with_their_kind_owner_and_state_in_french() throws Exception {
        SharedResource withdrawn = new SharedResource(SharedResourceId.newId(), new SharedResourceDetails(
                ResourceKind.VEHICLE, "Minibus", null, "Ygos-Saint-Saturnin", ressourcerie.getId()), false, 0L);
        when(resources.list(null)).thenReturn(List.of(kit, withdrawn));

        mvc.perform(get("/cooperation/resources").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>Ressources mutualisées · PLOUCS</title>"),
                        containsString("2 ressources"),
                        containsString("href=\"/cooperation/resources/" + kit.getId() + "\">Jeu de rôle de l’ESS</a>"),
                        containsString("Kit pédagogique"),
                        containsString("Véhicule"),
                        containsString("Les Jardins du Marsan"),
                        containsString("Ressourcerie des Landes"),
                        containsString(">Disponible<"),
                        containsString(">Retirée<"))));
    }

    @Test
    void the_catalogue_is_filtered_by_kind_and_an_unknown_kind_is_a_bad_request() throws Exception {
        when(resources.list(ResourceKind.ROOM)).thenReturn(List.of());

        mvc.perform(get("/cooperation/resources").param("kind", "ROOM").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Aucune ressource de ce type."),
                        containsString("<option value=\"ROOM\" selected=\"selected\">Salle</option>"))));
        verify(resources).list(ResourceKind.ROOM);

        mvc.perform(get("/cooperation/resources").param("kind", "CASTLE").locale(Locale.FRENCH))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_share_form_offers_only_active_members_as_owners() throws Exception {
        mvc.perform(get("/cooperation/resources/new").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Mutualiser une ressource</h1>"),
                        containsString("Kit pédagogique"),
                        containsString("Compétence"),
                        containsString(">Les Jardins du Marsan</option>"),
                        not(containsString("La Fabrique partie")),
                        not(containsString("name=\"active\"")))));
    }

    @Test
    void a_resource_without_name_nor_owner_is_refused_next_to_the_fields_keeping_what_was_typed() throws Exception {
        mvc.perform(post("/cooperation/resources").with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "EDUCATIONAL_KIT").param("name", " ").param("location", "Morcenx-la-Nouvelle")
                        .param("description", "Un kit").param("ownerId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"name-error\""),
                        containsString("Indiquez le nom de la ressource."),
                        containsString("Choisissez la structure propriétaire."),
                        containsString("value=\"Morcenx-la-Nouvelle\""),
                        containsString(">Un kit</textarea>"),
                        containsString("<option value=\"EDUCATIONAL_KIT\" selected=\"selected\">"))));
        verifyNoInteractions(sharing);
    }

    @Test
    void an_owner_that_is_not_a_member_id_is_explained_not_a_crash() throws Exception {
        mvc.perform(post("/cooperation/resources").with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "ROOM").param("name", "Salle").param("location", "Arjuzanx")
                        .param("ownerId", "pas-un-uuid"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une structure dans la liste.")));
        verifyNoInteractions(sharing);
    }

    @Test
    void a_shared_resource_leads_to_its_page() throws Exception {
        SharedResourceId id = SharedResourceId.newId();
        when(sharing.share(any())).thenReturn(id);

        mvc.perform(post("/cooperation/resources").with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "EDUCATIONAL_KIT").param("name", "  Jeu de rôle de l’ESS ")
                        .param("location", "Morcenx-la-Nouvelle").param("description", "")
                        .param("ownerId", jardins.getId().toString()))
                .andExpect(redirectedUrl("/cooperation/resources/" + id))
                .andExpect(flash().attribute("confirmation", "resource.shared"));

        verify(sharing).share(new ShareResource(new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT,
                "Jeu de rôle de l’ESS", null, "Morcenx-la-Nouvelle", jardins.getId())));
    }

    @Test
    void the_edit_form_carries_the_version_and_a_stale_save_is_refused_with_a_clear_message() throws Exception {
        mvc.perform(get("/cooperation/resources/{id}/edit", kit.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Modifier la ressource</h1>"),
                        containsString("name=\"version\" value=\"3\""),
                        containsString("name=\"active\""),
                        containsString("checked=\"checked\""))));

        doThrow(new SharedResourceChangedMeanwhile(kit.getId())).when(sharing).update(any());
        mvc.perform(post("/cooperation/resources/{id}", kit.getId().value()).with(csrf()).locale(Locale.FRENCH)
                        .param("kind", "EDUCATIONAL_KIT").param("name", "Jeu (v2)").param("location", "Morcenx")
                        .param("ownerId", jardins.getId().toString()).param("version", "2")
                        .param("_active", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié cette ressource"),
                        containsString("Ouvrir la fiche à jour"),
                        containsString("value=\"Jeu (v2)\""))));
        // The checkbox left unticked withdraws the resource.
        verify(sharing).update(new UpdateSharedResource(kit.getId(), 2L, new SharedResourceDetails(
                ResourceKind.EDUCATIONAL_KIT, "Jeu (v2)", null, "Morcenx", jardins.getId()), false));
    }

    @Test
    void the_resource_page_shows_its_upcoming_bookings_and_the_booking_form() throws Exception {
        when(resources.upcomingBookings(kit.getId(), SharedResourcesController.UPCOMING_ON_RESOURCE_PAGE))
                .thenReturn(List.of(overview(wednesday)));

        mvc.perform(get("/cooperation/resources/{id}", kit.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Jeu de rôle de l’ESS</h1>"),
                        containsString("Kit pédagogique"),
                        containsString("du 06/05/2026 09:00 au 06/05/2026 12:00"),
                        containsString("Ressourcerie des Landes"),
                        containsString("Animation au collège"),
                        containsString("href=\"/cooperation/bookings/" + wednesday.getId() + "/cancel\""),
                        containsString("Réserver cette ressource"),
                        containsString(">Les Jardins du Marsan</option>"),
                        not(containsString(">La Fabrique partie</option>")),
                        // The form proposes the next full hour, Paris time.
                        containsString("value=\"2026-05-04T11:00\""))));
    }

    @Test
    void a_booking_is_made_for_the_period_typed_in_paris_time() throws Exception {
        when(booking.book(any())).thenReturn(BookingId.newId());

        mvc.perform(book("startsAt", "2026-05-06T09:00", "endsAt", "2026-05-06T12:00"))
                .andExpect(redirectedUrl("/cooperation/resources/" + kit.getId()))
                .andExpect(flash().attribute("confirmation", "booking.recorded"));

        verify(booking).book(new BookResource(kit.getId(), jardins.getId(), new BookingPeriod(
                Instant.parse("2026-05-06T07:00:00Z"), Instant.parse("2026-05-06T10:00:00Z")), "Animation au collège"));
    }

    @Test
    void an_overlapping_booking_is_refused_in_french_next_to_the_period_naming_the_booking_in_the_way() throws Exception {
        doThrow(new ResourceAlreadyBooked(wednesday).naming("Ressourcerie des Landes")).when(booking).book(any());

        String page = mvc.perform(book("startsAt", "2026-05-06T11:00", "endsAt", "2026-05-06T14:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("value=\"2026-05-06T11:00\""),
                        containsString("value=\"2026-05-06T14:00\""),
                        containsString("value=\"Animation au coll"),
                        containsString("aria-describedby=\"period-error\""))))
                .andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "period-error")).contains(
                "Cette ressource est déjà réservée sur cette période, par Ressourcerie des Landes du 06/05/2026 09:00 "
                        + "au 06/05/2026 12:00 : choisissez une autre période.");
    }

    @Test
    void an_overlap_whose_booking_could_not_be_read_is_still_refused_in_french() throws Exception {
        doThrow(new ResourceAlreadyBooked(null)).when(booking).book(any());

        String page = mvc.perform(book()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "period-error"))
                .contains("Cette ressource est déjà réservée sur cette période : choisissez une autre période.");
    }

    @Test
    void an_end_before_the_start_is_refused_without_calling_the_use_case() throws Exception {
        String page = mvc.perform(book("startsAt", "2026-05-06T12:00", "endsAt", "2026-05-06T09:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "endsAt-error")).contains("La fin doit venir après le début.");
        verifyNoInteractions(booking);
    }

    @Test
    void a_booking_in_the_past_is_refused_next_to_the_period() throws Exception {
        doThrow(new MutualisationRuleViolation("booking.rule.in-the-past")).when(booking).book(any());

        String page = mvc.perform(book("startsAt", "2026-05-01T09:00", "endsAt", "2026-05-01T12:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "period-error")).contains("La réservation ne peut pas commencer dans le passé.");
    }

    @Test
    void a_booking_years_away_is_refused_next_to_its_dates() throws Exception {
        // Today is 04/05/2026: a booking may start from 04/05/2025 and end by 04/05/2029.
        String page = mvc.perform(book("startsAt", "9999-12-31T09:00", "endsAt", "+999999999-12-31T12:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "startsAt-error")).contains("elle ne peut pas être après le 04/05/2029");
        assertThat(page).contains("endsAt-error");
        page = mvc.perform(book("startsAt", "0001-01-01T09:00", "endsAt", "0001-01-01T12:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorParagraph(page, "startsAt-error")).contains("elle ne peut pas être avant le 04/05/2025");
        verifyNoInteractions(booking);
    }

    @Test
    void an_unreadable_date_or_a_missing_member_is_explained_not_a_crash() throws Exception {
        String page = mvc.perform(book("startsAt", "demain matin", "memberId", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorParagraph(page, "startsAt-error")).contains("Indiquez une date et une heure valides");
        assertThat(errorParagraph(page, "memberId-error")).contains("Choisissez la structure qui réserve.");
        assertThat(page).contains("value=\"demain matin\"");
        verifyNoInteractions(booking);
    }

    @Test
    void cancelling_asks_for_confirmation_then_cancels_the_version_seen() throws Exception {
        when(resources.booking(wednesday.getId())).thenReturn(Optional.of(overview(wednesday)));

        mvc.perform(get("/cooperation/bookings/{id}/cancel", wednesday.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Annuler une réservation</h1>"),
                        containsString("Voulez-vous vraiment annuler cette réservation ?"),
                        containsString("du 06/05/2026 09:00 au 06/05/2026 12:00"),
                        containsString("name=\"version\" value=\"0\""),
                        containsString("Oui, annuler la réservation"))));
        verifyNoInteractions(booking);

        mvc.perform(post("/cooperation/bookings/{id}/cancel", wednesday.getId().value()).with(csrf())
                        .param("version", "0").locale(Locale.FRENCH))
                .andExpect(redirectedUrl("/cooperation/resources/" + kit.getId()))
                .andExpect(flash().attribute("confirmation", "booking.cancelled"));
        verify(booking).cancel(new CancelBooking(wednesday.getId(), 0L));
    }

    @Test
    void a_cancellation_overtaken_by_someone_else_says_so() throws Exception {
        when(resources.booking(wednesday.getId())).thenReturn(Optional.of(overview(wednesday)));
        doThrow(new BookingChangedMeanwhile(wednesday.getId())).when(booking).cancel(any());

        mvc.perform(post("/cooperation/bookings/{id}/cancel", wednesday.getId().value()).with(csrf())
                        .param("version", "0").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un d’autre a modifié cette réservation entre-temps.")));
    }

    @Test
    void the_week_calendar_shows_each_booking_with_its_member_and_hours_and_highlights_today() throws Exception {
        LocalDate monday = LocalDate.of(2026, 5, 4);
        when(resources.bookingsBetween(null, Instant.parse("2026-05-03T22:00:00Z"), Instant.parse("2026-05-10T22:00:00Z")))
                .thenReturn(List.of(overview(wednesday)));
        when(resources.upcomingBookings(null, BookingsController.UPCOMING_IN_CALENDAR)).thenReturn(List.of(overview(wednesday)));

        String page = mvc.perform(get("/cooperation/bookings").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Semaine du 04/05/2026 au 10/05/2026"),
                        containsString(">Lundi</th>"),
                        containsString(">Dimanche</th>"),
                        containsString("href=\"/cooperation/bookings?view=week&amp;date=2026-04-27\""),
                        containsString("href=\"/cooperation/bookings?view=week&amp;date=2026-05-11\""),
                        containsString("du 06/05/2026 09:00 au 06/05/2026 12:00"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(cell(page, monday)).contains("today").contains("aria-current=\"date\"");
        assertThat(cell(page, monday.plusDays(2))).contains("09:00–12:00").contains("Ressourcerie des Landes")
                .contains("Jeu de rôle de l’ESS").doesNotContain("aria-current");
        assertThat(cell(page, monday.plusDays(1))).doesNotContain("Ressourcerie des Landes");
    }

    @Test
    void the_month_calendar_of_one_resource_covers_whole_weeks_and_shows_a_booking_on_each_of_its_days() throws Exception {
        Booking overnight = new Booking(BookingId.newId(), kit.getId(), jardins.getId(),
                new BookingPeriod(Instant.parse("2026-06-01T16:00:00Z"), Instant.parse("2026-06-02T08:00:00Z")),
                "Résidence", BookingStatus.ACTIVE, 0L);
        // June 2026 runs from Monday 1st to Tuesday 30th: the grid ends on Sunday 5 July.
        when(resources.bookingsBetween(kit.getId(), Instant.parse("2026-05-31T22:00:00Z"),
                Instant.parse("2026-07-05T22:00:00Z"))).thenReturn(List.of(overview(overnight)));
        when(resources.upcomingBookings(kit.getId(), BookingsController.UPCOMING_IN_CALENDAR)).thenReturn(List.of());

        String page = mvc.perform(get("/cooperation/bookings").param("view", "month").param("date", "2026-06-17")
                        .param("resource", kit.getId().toString()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Réservations de juin 2026"),
                        containsString("date=2026-05-01&amp;resource=" + kit.getId()),
                        containsString("date=2026-07-01&amp;resource=" + kit.getId()),
                        containsString("Aucune réservation à venir."))))
                .andReturn().getResponse().getContentAsString();

        assertThat(cell(page, LocalDate.of(2026, 6, 1))).contains("18:00–24:00").contains("Les Jardins du Marsan");
        assertThat(cell(page, LocalDate.of(2026, 6, 2))).contains("00:00–10:00");
        assertThat(cell(page, LocalDate.of(2026, 7, 5))).contains("outside");
        verify(resources).bookingsBetween(eq(kit.getId()), any(), any());
    }

    @Test
    void an_unknown_view_or_date_in_the_calendar_is_a_bad_request() throws Exception {
        mvc.perform(get("/cooperation/bookings").param("view", "year")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/bookings").param("date", "32/13/2026")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/bookings").param("resource", "pas-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_resource_or_booking_is_not_found() throws Exception {
        SharedResourceId unknown = SharedResourceId.newId();
        when(resources.byId(unknown)).thenReturn(Optional.empty());
        BookingId unknownBooking = BookingId.newId();
        when(resources.booking(unknownBooking)).thenReturn(Optional.empty());

        mvc.perform(get("/cooperation/resources/{id}", unknown.value())).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/resources/{id}/edit", unknown.value())).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/bookings").param("resource", unknown.toString())).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/bookings/{id}/cancel", unknownBooking.value())).andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/resources/{id}", "pas-un-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_cannot_see_nor_book_shared_resources() throws Exception {
        mvc.perform(get("/cooperation/resources")).andExpect(status().isForbidden());
        mvc.perform(get("/cooperation/bookings")).andExpect(status().isForbidden());
        mvc.perform(book()).andExpect(status().isForbidden());
        verifyNoInteractions(booking, sharing);
    }

    private MockHttpServletRequestBuilder book(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", jardins.getId().toString());
        fields.put("startsAt", "2026-05-06T09:00");
        fields.put("endsAt", "2026-05-06T12:00");
        fields.put("purpose", "Animation au collège");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/cooperation/resources/{id}/bookings", kit.getId().value())
                .with(csrf()).locale(Locale.FRENCH);
        fields.forEach(request::param);
        return request;
    }

    private BookingOverview overview(Booking booking) {
        String member = booking.getMemberId().equals(jardins.getId()) ? "Les Jardins du Marsan" : "Ressourcerie des Landes";
        return new BookingOverview(booking, "Jeu de rôle de l’ESS", member);
    }

    private static String errorParagraph(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the paragraph %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</p>", start));
    }

    /** The calendar cell of a day, from its opening tag to the next cell. */
    private static String cell(String html, LocalDate day) {
        int id = html.indexOf("id=\"day-" + day + "\"");
        assertThat(id).as("the cell of %s", day).isNotNegative();
        int start = html.lastIndexOf("<td", id);
        int end = html.indexOf("</td>", id);
        return html.substring(start, end);
    }

    private static Member member(String name, MembershipStatus status) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null))
                : List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null),
                new MembershipChange(MembershipChange.Kind.LEFT, LocalDate.of(2025, 9, 1), "fin"));
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@example.org", null)), status, history, 0L);
    }
}
