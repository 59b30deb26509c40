package fr.ploucs.webparts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The field fragments and the layout, rendered as a pillar's page renders them, for someone signed in. */
@WebMvcTest(SampleController.class)
@WithMockUser
class FieldFragmentsTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void an_empty_form_shows_labels_hints_required_marks_and_iso_date_inputs_in_the_layout() throws Exception {
        String page = page(get("/sample").locale(Locale.FRENCH));

        assertThat(page)
                .contains("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>")
                .contains("<label for=\"name\">Nom<span class=\"required-mark\" aria-hidden=\"true\" title=\"obligatoire\"> *</span></label>")
                .contains("<input type=\"text\" id=\"name\" maxlength=\"200\" aria-invalid=\"false\" aria-describedby=\"name-hint\" required=\"required\" name=\"name\" value=\"\">")
                .contains("<p class=\"hint\" id=\"name-hint\">Tel qu&#39;il figure aux statuts.</p>")
                .contains("<label for=\"notes\">Notes</label>")
                .contains("type=\"number\"")
                .contains("inputmode=\"decimal\"")
                .contains("type=\"date\" id=\"on\"")
                .contains("value=\"2026-11-29\"")
                .contains("type=\"datetime-local\"")
                .contains("<option value=\"\">— choisir —</option>")
                .contains("<option value=\"CALL\">Appel</option>")
                .contains("<label for=\"agreed1\">J&#39;accepte</label>")
                .contains("<fieldset class=\"field\" id=\"kinds\">")
                .contains("<legend>Types</legend>")
                .contains("type=\"radio\"")
                .doesNotContain("form-errors")
                .doesNotContain("changed-meanwhile")
                .doesNotContain("??");
    }

    @Test
    void errors_are_summarised_at_the_top_and_shown_next_to_their_fields() throws Exception {
        String page = page(post("/sample").param("name", "needs agreement").param("amount", "1 234,50")
                .locale(Locale.FRENCH));

        assertThat(page)
                .contains("id=\"form-errors\"")
                .contains("Le formulaire contient des erreurs")
                .contains("<a href=\"#on\">Indiquez la date.</a>")
                .contains("<div class=\"field has-error\">")
                .contains("aria-invalid=\"true\" aria-describedby=\"on-error\"")
                .contains("<p class=\"field-error\" id=\"on-error\">Indiquez la date.</p>")
                .contains("<p class=\"field-error\" id=\"kind-error\">Choisissez un type.</p>")
                .contains("<p class=\"field-error\" id=\"agreed-error\">Cochez la case pour continuer.</p>")
                .contains("value=\"needs agreement\"")
                .contains("value=\"1 234,50\"");
    }

    @Test
    void a_record_changed_meanwhile_shows_the_notice_with_a_link_to_reload() throws Exception {
        String french = page(post("/sample").param("name", "Atelier").param("on", "2026-11-29").param("kind", "CALL")
                .param("overtaken", "true").locale(Locale.FRENCH));
        String english = page(post("/sample").param("name", "Atelier").param("on", "2026-11-29").param("kind", "CALL")
                .param("overtaken", "true").locale(Locale.ENGLISH));

        assertThat(french).contains("id=\"changed-meanwhile\"").contains("Quelqu’un d’autre a modifié cette fiche")
                .contains("<a href=\"/sample\">Ouvrir la version à jour</a>");
        assertThat(english).contains("Someone else changed this record").contains("Open the current version");
    }

    @Test
    void dates_are_shown_in_the_language_of_the_request() throws Exception {
        assertThat(page(get("/sample").locale(Locale.FRENCH))).contains("<p id=\"shown\">29/11/2026</p>");
        assertThat(page(get("/sample").locale(Locale.ENGLISH))).contains("<p id=\"shown\">29 Nov 2026</p>");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        if (request instanceof org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder) {
            builder.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
