package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.MemberDues;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.PaymentLine;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.CorrectDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.DeleteDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.RecordDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesRuleViolation;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.Contact;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

@WebMvcTest({DuesController.class, DuesPaymentsController.class})
@Import({DuesWebMapper.class, DuesControllerTest.Config.class})
@WithMockUser(roles = "COORDINATOR")
class DuesControllerTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    static class Config {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private DuesSettingsUseCase settings;
    @MockitoBean
    private DuesPaymentsUseCase payments;
    @MockitoBean
    private DuesOverviewQuery overviews;
    @MockitoBean
    private SendDuesRemindersUseCase reminders;

    private static final DuesSettings SETTINGS =
            new DuesSettings(2026, Money.of("120"), LocalDate.of(2026, 6, 12), 30, 4L);
    private final MemberId recyclerie = MemberId.newId();
    private final MemberId jardins = MemberId.newId();
    private final DuesPayment payment = new DuesPayment(DuesPaymentId.newId(), jardins, 2026, Money.of("120"),
            LocalDate.of(2026, 2, 3), PaymentMeans.CHEQUE, "chèque 0012", 2L);

    @Test
    void the_dues_entry_opens_the_current_year() throws Exception {
        mvc.perform(get("/cooperation/dues")).andExpect(redirectedUrl("/cooperation/dues/2026"));
    }

    @Test
    void the_year_shows_its_settings_the_unpaid_members_with_their_representative_and_last_reminder_and_the_payments()
            throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Cotisations 2026</h1>"),
                        containsString("120,00 €"),
                        containsString("12/06/2026"),
                        containsString("le 13/05/2026 (30 jours avant l’assemblée générale)"),
                        containsString("1 structure active n’a pas réglé en totalité la cotisation 2026"),
                        containsString("Recyclerie des Landes"),
                        containsString("Inès Laborde"),
                        containsString("mailto:ines@recyclerie.example"),
                        containsString("70,00 €"),
                        containsString("le 09/03/2026 à 08:00 (par la coordination)"),
                        containsString("Envoyer la relance"),
                        containsString("Les Jardins du Marsan"),
                        containsString("03/02/2026"),
                        containsString("Chèque"),
                        containsString("chèque 0012"))));
    }

    @Test
    void a_year_without_an_amount_asks_for_one_and_offers_no_reminder() throws Exception {
        when(overviews.overview(2027)).thenReturn(new DuesYearOverview(2027, null, List.of(), List.of()));

        mvc.perform(get("/cooperation/dues/2027").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Le montant de la cotisation 2027 n’est pas encore fixé."),
                        containsString("href=\"/cooperation/dues/2027/settings\""),
                        not(containsString("Envoyer la relance")))));
    }

    @Test
    void a_year_that_is_not_a_number_is_a_bad_request_and_one_out_of_range_is_not_found() throws Exception {
        mvc.perform(get("/cooperation/dues/deux-mille")).andExpect(status().isBadRequest());
        mvc.perform(get("/cooperation/dues/1850")).andExpect(status().isNotFound());
        verifyNoInteractions(overviews);
    }

    @Test
    void the_settings_form_proposes_30_days_for_a_new_year() throws Exception {
        when(settings.settings(2027)).thenReturn(Optional.empty());

        mvc.perform(get("/cooperation/dues/2027/settings").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Cotisation 2027 : paramètres"),
                        containsString("name=\"reminderDaysBefore\" value=\"30\""),
                        containsString("name=\"version\" value=\"\""))));
    }

    @Test
    void settings_are_saved_with_the_amount_typed_the_french_way_and_the_version_seen() throws Exception {
        mvc.perform(post("/cooperation/dues/2026/settings").with(csrf()).param("amount", " 1 120,5 ")
                        .param("generalAssemblyOn", "2026-06-12").param("reminderDaysBefore", "21").param("version", "4"))
                .andExpect(redirectedUrl("/cooperation/dues/2026"))
                .andExpect(flash().attribute("confirmation", "dues.settings.saved"));

        verify(settings).save(new SaveDuesSettings(2026, 4L, new BigDecimal("1120.50"), LocalDate.of(2026, 6, 12), 21));
    }

    @Test
    void a_wrong_amount_or_day_count_is_explained_next_to_the_field_and_what_was_typed_is_kept() throws Exception {
        mvc.perform(post("/cooperation/dues/2026/settings").with(csrf()).param("amount", "douze")
                        .param("reminderDaysBefore", "beaucoup").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"amount-error\""),
                        containsString("Ce montant n’est pas valide"),
                        containsString("value=\"douze\""),
                        containsString("id=\"reminderDaysBefore-error\""),
                        containsString("Indiquez un nombre de jours entre 1 et 365."),
                        containsString("value=\"beaucoup\""),
                        containsString("aria-invalid=\"true\""))));

        verifyNoInteractions(settings);
    }

    @Test
    void a_zero_amount_refused_by_the_rules_is_explained_next_to_the_field() throws Exception {
        when(settings.save(any())).thenThrow(new DuesRuleViolation("dues.settings.amount.positive"));

        mvc.perform(post("/cooperation/dues/2026/settings").with(csrf()).param("amount", "0")
                        .param("reminderDaysBefore", "30").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"amount-error\""),
                        containsString("Le montant de la cotisation doit être supérieur à zéro."))));
    }

    @Test
    void settings_changed_meanwhile_are_not_overwritten_and_the_coordinator_is_told() throws Exception {
        when(settings.save(any())).thenThrow(new DuesChangedMeanwhile("dues settings of 2026"));

        mvc.perform(post("/cooperation/dues/2026/settings").with(csrf()).param("amount", "150")
                        .param("reminderDaysBefore", "30").param("version", "3").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié les paramètres de cette cotisation"),
                        containsString("value=\"150,00\""))));
    }

    @Test
    void the_payment_form_proposes_what_the_chosen_member_still_owes() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026/payments/new").param("member", recyclerie.toString()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Paiement de la cotisation 2026"),
                        containsString("value=\"70,00\""),
                        containsString("value=\"2026-03-10\""),
                        containsString("<option value=\"" + recyclerie + "\" selected=\"selected\">Recyclerie des Landes</option>"),
                        containsString("Virement"),
                        containsString("Espèces"))));
    }

    @Test
    void a_payment_is_recorded_for_the_member_chosen() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(post("/cooperation/dues/2026/payments").with(csrf()).param("memberId", recyclerie.toString())
                        .param("amount", "50").param("paidOn", "2026-03-01").param("means", "TRANSFER")
                        .param("reference", "VIR RECYCLERIE"))
                .andExpect(redirectedUrl("/cooperation/dues/2026"))
                .andExpect(flash().attribute("confirmation", "dues.payment.recorded"));

        verify(payments).record(new RecordDuesPayment(recyclerie, 2026, new BigDecimal("50.00"), LocalDate.of(2026, 3, 1),
                PaymentMeans.TRANSFER, "VIR RECYCLERIE"));
    }

    @Test
    void a_payment_without_member_or_means_and_in_the_future_is_refused_with_french_messages() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(post("/cooperation/dues/2026/payments").with(csrf()).param("memberId", "")
                        .param("amount", "50").param("paidOn", "2099-01-01").param("means", "").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Choisissez la structure qui a payé."),
                        containsString("Choisissez le moyen de paiement."),
                        containsString("La date du paiement ne peut pas être dans le futur."),
                        containsString("value=\"2099-01-01\""))));

        verifyNoInteractions(payments);
    }

    @Test
    void an_unknown_means_or_member_id_typed_in_the_request_is_refused_next_to_the_field() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(post("/cooperation/dues/2026/payments").with(csrf()).param("memberId", "pas-un-uuid")
                        .param("amount", "50").param("paidOn", "pas une date").param("means", "BITCOIN")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Choisissez une structure dans la liste."),
                        containsString("Choisissez un moyen de paiement dans la liste."),
                        containsString("Saisissez une date valide (jj/mm/aaaa)."))));

        verifyNoInteractions(payments);
    }

    @Test
    void a_correction_passes_the_version_seen_and_a_stale_one_is_explained() throws Exception {
        when(overviews.payment(payment.getId())).thenReturn(Optional.of(payment));
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026/payments/{id}/edit", payment.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"120,00\""),
                        containsString("name=\"version\" value=\"2\""), containsString("Les Jardins du Marsan"))));

        mvc.perform(post("/cooperation/dues/2026/payments/{id}", payment.getId().value()).with(csrf())
                        .param("amount", "110").param("paidOn", "2026-02-03").param("means", "CASH").param("version", "2"))
                .andExpect(redirectedUrl("/cooperation/dues/2026"));
        verify(payments).correct(new CorrectDuesPayment(payment.getId(), 2L, new BigDecimal("110.00"),
                LocalDate.of(2026, 2, 3), PaymentMeans.CASH, null));

        doThrow(new DuesChangedMeanwhile("payment")).when(payments).correct(any());
        mvc.perform(post("/cooperation/dues/2026/payments/{id}", payment.getId().value()).with(csrf())
                        .param("amount", "115").param("paidOn", "2026-02-03").param("means", "CASH").param("version", "1")
                        .locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié ou supprimé ce paiement entre-temps."),
                        containsString("value=\"115,00\""))));
    }

    @Test
    void a_payment_is_deleted_after_a_confirmation_with_its_version() throws Exception {
        when(overviews.payment(payment.getId())).thenReturn(Optional.of(payment));
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026/payments/{id}/delete", payment.getId().value()).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Supprimer ce paiement"),
                        containsString("name=\"version\" value=\"2\""), containsString("120,00 €"))));

        mvc.perform(post("/cooperation/dues/2026/payments/{id}/delete", payment.getId().value()).with(csrf())
                        .param("version", "2"))
                .andExpect(redirectedUrl("/cooperation/dues/2026"))
                .andExpect(flash().attribute("confirmation", "dues.payment.deleted"));
        verify(payments).delete(new DeleteDuesPayment(payment.getId(), 2L));
    }

    @Test
    void a_payment_of_another_year_or_unknown_is_not_found() throws Exception {
        when(overviews.payment(payment.getId())).thenReturn(Optional.of(payment));
        mvc.perform(get("/cooperation/dues/2025/payments/{id}/edit", payment.getId().value()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperation/dues/2026/payments/{id}/edit", "not-a-uuid"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_reminder_asks_for_a_confirmation_listing_the_recipients() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026/reminders").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Envoyer un courriel de relance au ou à la référent·e de la structure ci-dessous ?"),
                        containsString("Inès Laborde &lt;ines@recyclerie.example&gt;"),
                        containsString("Confirmer l’envoi de la relance"),
                        not(containsString("Les Jardins du Marsan")))));
        verifyNoInteractions(reminders);
    }

    @Test
    void once_confirmed_the_reminder_is_sent_and_the_outcome_shown() throws Exception {
        RemindersOutcome outcome = new RemindersOutcome(2, 1, false, 0);
        when(reminders.sendToUnpaidMembers(2026)).thenReturn(outcome);

        mvc.perform(post("/cooperation/dues/2026/reminders").with(csrf()))
                .andExpect(redirectedUrl("/cooperation/dues/2026"))
                .andExpect(flash().attribute("reminders", outcome));

        when(overviews.overview(2026)).thenReturn(overview());
        mvc.perform(get("/cooperation/dues/2026").flashAttr("reminders", outcome).locale(Locale.FRENCH))
                .andExpect(content().string(allOf(containsString("2 relances ont été envoyées."),
                        containsString("1 structure avait déjà été relancée aujourd’hui"))));
    }

    @Test
    void when_the_mail_server_does_not_answer_the_coordinator_reads_it_in_french() throws Exception {
        when(overviews.overview(2026)).thenReturn(overview());

        mvc.perform(get("/cooperation/dues/2026").flashAttr("reminders", new RemindersOutcome(0, 0, true, 1))
                        .locale(Locale.FRENCH))
                .andExpect(content().string(allOf(
                        containsString("role=\"alert\""),
                        containsString("Le serveur de courriel n’a pas répondu : 1 relance n’a pas été envoyée"),
                        not(containsString("avant l’erreur")))));
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_cannot_see_nor_change_the_dues() throws Exception {
        mvc.perform(get("/cooperation/dues/2026")).andExpect(status().isForbidden());
        mvc.perform(post("/cooperation/dues/2026/reminders").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/cooperation/dues/2026/settings").with(csrf()).param("amount", "1")
                .param("reminderDaysBefore", "30")).andExpect(status().isForbidden());
        verifyNoInteractions(overviews, reminders, settings);
    }

    private DuesYearOverview overview() {
        MemberDues unpaid = new MemberDues(recyclerie, "Recyclerie des Landes",
                new Contact("Inès Laborde", "ines@recyclerie.example"),
                new DuesBalance(Money.of("120"), Money.of("50")),
                new DuesReminder(recyclerie, 2026, DuesReminder.Kind.MANUAL, Instant.parse("2026-03-09T07:00:00Z"),
                        LocalDate.of(2026, 3, 9), "Inès Laborde", "ines@recyclerie.example"));
        MemberDues paid = new MemberDues(jardins, "Les Jardins du Marsan",
                new Contact("Camille Dupin", "camille@jardins.example"),
                new DuesBalance(Money.of("120"), Money.of("120")), null);
        return new DuesYearOverview(2026, SETTINGS, List.of(paid, unpaid),
                List.of(new PaymentLine(payment, "Les Jardins du Marsan")));
    }
}
