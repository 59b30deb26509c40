package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.AddClient;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Enrol;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.OpenEdition;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordAuthorisation;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Sell;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.ShareOutSurplus;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery.CooperantStatus;
import fr.ploucs.awareness.cjs.domain.Client;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.ImageRights;
import fr.ploucs.awareness.cjs.domain.ParentalAuthorisation;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import jakarta.servlet.http.Part;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;


@WebMvcTest({CjsEditionsController.class, CjsCooperantsController.class})
@Import(CjsPagesTest.Config.class)
@WithMockUser(roles = "COORDINATOR")
class CjsPagesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);
    private static final LocalDate START = LocalDate.of(2026, 7, 6);

    @TestConfiguration
    @EnableMethodSecurity
    static class Config {

        /** The app's (Spring Boot's multipart auto-configuration), which a web slice leaves out. */
        @Bean
        StandardServletMultipartResolver multipartResolver() {
            return new StandardServletMultipartResolver();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CjsUseCase cjs;

    @MockitoBean
    private FindCjsQuery query;

    @MockitoBean
    private FindTerritoryQuery territory;

    @MockitoBean
    private ListFacilitatingMembersUseCase members;

    private final Edition edition = new Edition(EditionId.newId(), "CJS Morcenx 2026", "40197", START,
            START.plusWeeks(7));
    private final Cooperant lina = Cooperant.enrol(CooperantId.newId(), edition, "Lina", "Benali",
            LocalDate.of(2009, 5, 1));

    @BeforeEach
    void anEdition() {
        when(query.edition(edition.id())).thenReturn(Optional.of(edition));
        when(query.editions()).thenReturn(List.of(edition));
        when(query.revenue(edition.id())).thenReturn(Money.ZERO);
        when(query.cooperant(lina.id())).thenReturn(Optional.of(status(lina)));
        when(territory.commune("40197")).thenReturn(Optional.of(new Commune("40197", "Morcenx-la-Nouvelle",
                List.of("40110"), "40", "244000675", 5000)));
    }

    private static CooperantStatus status(Cooperant cooperant) {
        return new CooperantStatus(cooperant, cooperant.ageOn(START), cooperant.missing(TODAY));
    }

    @Test
    void the_list_shows_each_edition_with_its_summer_and_territory() throws Exception {
        mvc.perform(get("/awareness/cjs").locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>Coopératives Jeunesse de Services</h1>"),
                        containsString("CJS Morcenx 2026"),
                        containsString("Morcenx-la-Nouvelle (40197)"),
                        containsString("du 06/07/2026 au 24/08/2026"),
                        containsString("Ouvrir une édition"))));
    }

    @Test
    void an_edition_is_opened_on_a_commune_picked_with_the_territory_picker() throws Exception {
        Commune morcenx = new Commune("40197", "Morcenx-la-Nouvelle", List.of("40110"), "40", "244000675", 5000);
        when(territory.resolveCommune("Morcenx-la-Nouvelle (40110)")).thenReturn(Resolution.of(morcenx));
        when(cjs.openEdition(any())).thenReturn(edition.id());

        mvc.perform(post("/awareness/cjs").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "CJS Morcenx 2026").param("communeCode", "Morcenx-la-Nouvelle (40110)")
                        .param("epciCode", "").param("startsOn", "2026-07-06").param("endsOn", "2026-08-24"))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/cjs/" + edition.id()));
        verify(cjs).openEdition(new OpenEdition("CJS Morcenx 2026", "40197", null, START, START.plusWeeks(7)));
    }

    @Test
    void a_date_far_out_of_range_is_refused_in_french_next_to_its_field() throws Exception {
        when(cjs.openEdition(any())).thenAnswer(invocation -> {
            OpenEdition command = invocation.getArgument(0);
            return new Edition(EditionId.newId(), command.name(), "40197", command.startsOn(), command.endsOn()).id();
        });

        mvc.perform(post("/awareness/cjs").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "CJS").param("communeCode", "").param("startsOn", "9999-07-06")
                        .param("endsOn", "9999-08-24"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"startsOn-error\""),
                        containsString("Le premier jour se situe entre l’an 2000 et 2100."))));
    }

    @Test
    void a_date_that_is_not_one_is_refused_without_an_error_page() throws Exception {
        mvc.perform(post("/awareness/cjs").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "CJS").param("startsOn", "pas une date").param("endsOn", "2026-08-24"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("id=\"startsOn-error\"")));
        verify(cjs, never()).openEdition(any());
    }

    @Test
    void a_bad_id_in_the_address_is_a_404_never_an_error() throws Exception {
        mvc.perform(get("/awareness/cjs/not-a-uuid").locale(Locale.FRENCH)).andExpect(MockMvcResultMatchers.status().isNotFound());
        mvc.perform(get("/awareness/cjs/cooperants/123").locale(Locale.FRENCH)).andExpect(MockMvcResultMatchers.status().isNotFound());
        mvc.perform(get("/awareness/cjs/" + EditionId.newId()).locale(Locale.FRENCH)).andExpect(MockMvcResultMatchers.status().isNotFound());
        mvc.perform(post("/awareness/cjs/zzz/sales").with(csrf()).param("client", "x"))
                .andExpect(MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void the_edition_page_shows_who_is_inactive_and_what_is_missing_at_a_glance() throws Exception {
        Cooperant complete = Cooperant.enrol(CooperantId.newId(), edition, "Noé", "Castex", LocalDate.of(2008, 9, 1))
                .authorised(new ParentalAuthorisation("Anne Castex", START, START.plusMonths(2)))
                .withImageRights(new ImageRights(false, START, START.plusMonths(2)));
        Cooperant expired = Cooperant.enrol(CooperantId.newId(), edition, "Léa", "Dupin", LocalDate.of(2009, 1, 1))
                .authorised(new ParentalAuthorisation("Marc Dupin", START.minusYears(1), TODAY.minusDays(1)));
        when(query.cooperants(edition.id())).thenReturn(List.of(status(lina), status(complete), status(expired)));
        when(query.hoursPerCooperant(edition.id())).thenReturn(Map.of(complete.id(), new BigDecimal("5.50")));
        Sale sale = Sale.sold(SaleId.newId(), edition, "Mairie", "Désherbage", Money.of("120.50"), START);
        when(query.sales(edition.id())).thenReturn(List.of(sale));
        when(query.revenue(edition.id())).thenReturn(Money.of("120.50"));
        when(query.surplus(edition.id())).thenReturn(Optional.of(new SurplusShareOut(edition.id(), Money.euros(100),
                List.of(new SurplusShareOut.Share(complete.id(), Money.euros(60))))));

        mvc.perform(get("/awareness/cjs/" + edition.id()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<h1>CJS Morcenx 2026</h1>"),
                        containsString("Lina Benali"),
                        containsString("Autorisation parentale manquante"),
                        containsString("Choix sur le droit à l’image manquant"),
                        containsString("Autorisation parentale expirée"),
                        containsString(">Inactif<"),
                        containsString(">Actif<"),
                        containsString("5,50"),
                        containsString("120,50 €"),
                        containsString("Excédent : 100,00 €, dont 60,00 € partagés ; reste 40,00 €."),
                        containsString("Animateurs et animatrices"),
                        containsString("Comité local"),
                        containsString("Réunions et décisions"))));
    }

    @ParameterizedTest
    @CsvSource({"2010-07-07, 15", "2007-07-06, 19"})
    void the_age_check_refuses_in_french_next_to_the_birth_date(LocalDate birthDate, int age) throws Exception {
        enrolWithTheDomain();

        String page = mvc.perform(post("/awareness/cjs/" + edition.id() + "/cooperants").with(csrf())
                        .locale(Locale.FRENCH).param("firstName", "Tom").param("lastName", "Petit")
                        .param("birthDate", birthDate.toString()))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();

        String expected = age < 16
                ? "Inscription refusée : 15 ans au début de la CJS, il faut avoir au moins 16 ans."
                : "Inscription refusée : 19 ans au début de la CJS, il faut avoir au plus 18 ans.";
        assertThat(page).contains("<p class=\"field-error\" id=\"birthDate-error\">" + expected + "</p>")
                .contains("aria-describedby=\"birthDate-error birthDate-hint\"").contains("value=\"Tom\"");
    }

    @ParameterizedTest
    @CsvSource({"2010-07-06", "2008-07-06", "2007-07-07"})
    void sixteen_eighteen_and_nineteen_minus_a_day_are_enrolled(LocalDate birthDate) throws Exception {
        enrolWithTheDomain();

        mvc.perform(post("/awareness/cjs/" + edition.id() + "/cooperants").with(csrf()).locale(Locale.FRENCH)
                        .param("firstName", "Tom").param("lastName", "Petit").param("birthDate", birthDate.toString()))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "awareness.cjs.cooperant.enrolled"));
    }

    private void enrolWithTheDomain() {
        when(cjs.enrol(any())).thenAnswer(invocation -> {
            Enrol command = invocation.getArgument(0);
            return Cooperant.enrol(CooperantId.newId(), edition, command.firstName(), command.lastName(),
                    command.birthDate()).id();
        });
    }

    @Test
    void a_seventeen_year_old_without_authorisation_is_shown_inactive_with_the_upload_form() throws Exception {
        mvc.perform(get("/awareness/cjs/cooperants/" + lina.id()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("17 ans"),
                        containsString(">Inactif<"),
                        containsString("Autorisation parentale manquante"),
                        containsString("enctype=\"multipart/form-data\""),
                        containsString("accept=\"application/pdf,image/png,image/jpeg\""),
                        containsString("_csrf="))));
    }

    @Test
    void a_signed_pdf_is_accepted() throws Exception {
        authoriseWithTheDomain();
        byte[] pdf = "%PDF-1.7 autorisation signée".getBytes(StandardCharsets.UTF_8);

        mvc.perform(multipart("/awareness/cjs/cooperants/" + lina.id() + "/authorisation")
                        .file(new MockMultipartFile("document", "autorisation.pdf", "application/pdf", pdf))
                        .param("signatory", "Nadia Benali").param("signedOn", "2026-07-01")
                        .param("expiresOn", "2026-09-30").with(csrf()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/cjs/cooperants/" + lina.id()));
        ArgumentCaptor<RecordAuthorisation> command = ArgumentCaptor.forClass(RecordAuthorisation.class);
        verify(cjs).recordAuthorisation(command.capture());
        assertThat(command.getValue().document()).isEqualTo(pdf);
        assertThat(command.getValue().fileName()).isEqualTo("autorisation.pdf");
    }

    @Test
    void a_file_that_is_not_a_pdf_or_an_image_is_refused_next_to_the_field() throws Exception {
        authoriseWithTheDomain();

        mvc.perform(multipart("/awareness/cjs/cooperants/" + lina.id() + "/authorisation")
                        .file(new MockMultipartFile("document", "autorisation.pdf", "application/pdf",
                                "<html><script>".getBytes(StandardCharsets.UTF_8)))
                        .param("signatory", "Nadia Benali").param("signedOn", "2026-07-01")
                        .param("expiresOn", "2026-09-30").with(csrf()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<p class=\"field-error\" id=\"document-error\">Le fichier doit être un PDF ou une image (PNG ou JPEG).</p>"),
                        containsString("value=\"Nadia Benali\""))));
    }

    @Test
    void a_file_over_five_megabytes_is_refused_next_to_the_field() throws Exception {
        authoriseWithTheDomain();
        byte[] big = new byte[SignedDocument.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);

        mvc.perform(multipart("/awareness/cjs/cooperants/" + lina.id() + "/authorisation")
                        .file(new MockMultipartFile("document", "scan.pdf", "application/pdf", big))
                        .param("signatory", "Nadia Benali").param("signedOn", "2026-07-01")
                        .param("expiresOn", "2026-09-30").with(csrf()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"document-error\">Le fichier dépasse 5 Mo : réduisez-le ou numérisez-le en plus basse résolution.</p>")));
        verify(cjs, never()).recordAuthorisation(any());
    }

    @Test
    void an_upload_above_the_server_limit_comes_back_to_the_form_with_the_french_message() throws Exception {
        String target = "/awareness/cjs/cooperants/" + lina.id() + "/authorisation";
        mvc.perform(post(target).with(csrf()).with(aboveTheServerLimit()).locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(redirectedUrl("/awareness/cjs/cooperants/" + lina.id() + "?upload=too-large#authorisation"));

        mvc.perform(get("/awareness/cjs/cooperants/" + lina.id()).param("upload", "too-large").locale(Locale.FRENCH))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"document-error\">Le fichier dépasse 5 Mo")));
        verify(cjs, never()).recordAuthorisation(any());
    }

    /** What Tomcat does with a 20 MB upload: reading the parts fails with its « size exceeds » error. */
    private static RequestPostProcessor aboveTheServerLimit() {
        return request -> {
            MockHttpServletRequest tooLarge = new MockHttpServletRequest(request.getServletContext(),
                    request.getMethod(), request.getRequestURI()) {
                @Override
                public Collection<Part> getParts() {
                    throw new IllegalStateException(
                            "the request was rejected because its size (20971520) exceeds the configured maximum");
                }
            };
            tooLarge.setContentType("multipart/form-data; boundary=xyz");
            tooLarge.setParameters(request.getParameterMap());
            tooLarge.setPreferredLocales(List.of(Locale.FRENCH));
            java.util.Collections.list(request.getAttributeNames())
                    .forEach(name -> tooLarge.setAttribute(name, request.getAttribute(name)));
            return tooLarge;
        };
    }

    private void authoriseWithTheDomain() {
        doAnswer(invocation -> {
            RecordAuthorisation command = invocation.getArgument(0);
            ParentalAuthorisation.signed(command.signatory(), command.signedOn(), command.expiresOn(), TODAY);
            SignedDocument.uploaded(command.fileName(), command.document());
            return null;
        }).when(cjs).recordAuthorisation(any());
    }

    @Test
    void the_document_is_downloaded_as_an_attachment_with_its_type_and_nosniff() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        when(query.authorisationDocument(lina.id()))
                .thenReturn(Optional.of(SignedDocument.uploaded("autorisation signée.png", png)));

        byte[] body = mvc.perform(get("/awareness/cjs/cooperants/" + lina.id() + "/document"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''autorisation%20sign%C3%A9e.png")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.equals(body, png)).isTrue();
    }

    @Test
    @WithMockUser(roles = "REPRESENTATIVE")
    void representatives_get_neither_the_pages_nor_the_document() throws Exception {
        mvc.perform(get("/awareness/cjs")).andExpect(MockMvcResultMatchers.status().isForbidden());
        mvc.perform(get("/awareness/cjs/cooperants/" + lina.id() + "/document")).andExpect(MockMvcResultMatchers.status().isForbidden());
        verify(query, never()).authorisationDocument(any());
    }

    @Test
    void negative_amounts_and_huge_hours_get_french_messages() throws Exception {
        when(cjs.sell(any())).thenAnswer(invocation -> {
            Sell command = invocation.getArgument(0);
            return Sale.sold(SaleId.newId(), edition, command.client(), command.description(), command.amount(),
                    command.soldOn()).id();
        });
        when(query.cooperants(edition.id())).thenReturn(List.of(status(lina)));
        when(cjs.addClient(any())).thenAnswer(invocation -> {
            AddClient command = invocation.getArgument(0);
            return new Client(java.util.UUID.randomUUID(), edition.id(), command.name(), command.contact()).id();
        });

        mvc.perform(post("/awareness/cjs/" + edition.id() + "/sales").with(csrf()).locale(Locale.FRENCH)
                        .param("client", "Mairie").param("description", "Tonte").param("amount", "-12,50")
                        .param("soldOn", "2026-07-08"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("id=\"amount-error\">Saisissez un montant en euros")));

        mvc.perform(post("/awareness/cjs/" + edition.id() + "/hours").with(csrf()).locale(Locale.FRENCH)
                        .param("saleId", "pas-un-id").param("cooperantId", lina.id().toString())
                        .param("hours", "99999999999999999999"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("id=\"saleId-error\"")));

        mvc.perform(post("/awareness/cjs/" + edition.id() + "/clients").with(csrf()).locale(Locale.FRENCH)
                        .param("name", "x".repeat(5000)))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(containsString("id=\"client-name-error\">Ce texte est trop long.</p>")));
    }

    @Test
    void shares_above_the_surplus_are_refused_in_french() throws Exception {
        doAnswer(invocation -> {
            ShareOutSurplus command = invocation.getArgument(0);
            SurplusShareOut.of(edition.id(), command.surplus(), command.shares().entrySet().stream()
                    .map(e -> new SurplusShareOut.Share(e.getKey(), e.getValue())).toList(), Money.euros(500));
            return null;
        }).when(cjs).shareOutSurplus(any());
        when(query.cooperants(edition.id())).thenReturn(List.of(status(lina)));

        mvc.perform(post("/awareness/cjs/" + edition.id() + "/surplus").with(csrf()).locale(Locale.FRENCH)
                        .param("surplus", "100").param("shares[0].cooperantId", lina.id().toString())
                        .param("shares[0].name", "Lina Benali").param("shares[0].amount", "150"))
                .andExpect(MockMvcResultMatchers.status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"shares-error\">Les parts (150,00 € au total) dépassent l’excédent (100,00 €).</p>"),
                        not(containsString("Whitelabel")))));
    }
}
