package fr.ploucs.web;

import fr.ploucs.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ShellTest {

    @Autowired
    MockMvc mvc;

    @Test
    void sends_visitors_to_the_french_login_page() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Connexion"),
                        containsString("<label for=\"username\">Identifiant</label>"), containsString("name=\"_csrf\""))));
    }

    @Test
    void refuses_a_wrong_password_with_a_french_message() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", SignedIn.COORDINATOR).param("password", "faux"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Identifiant ou mot de passe incorrect")));
    }

    @Test
    void shows_every_pillars_navigation_to_a_coordinator() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Structures membres"), containsString("Structures accompagnatrices"),
                        containsString("Structures animatrices"), containsString("Comptes"),
                        containsString("id=\"unread-count\""), containsString("<main id=\"contenu\">"),
                        containsString("href=\"#contenu\""),
                        containsString("À suivre dans le réseau"), containsString("réservations à venir"))));
    }

    @Test
    void switches_to_english_and_remembers_the_choice() throws Exception {
        MvcResult english = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("Sign in"))))
                .andExpect(cookie().exists("ploucs-langue"))
                .andReturn();
        Cookie remembered = english.getResponse().getCookie("ploucs-langue");
        mvc.perform(get("/login").cookie(remembered))
                .andExpect(content().string(containsString("Username")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("Identifiant")));
    }

    @Test
    void an_unknown_page_gets_a_french_404_page() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        MvcResult result = mvc.perform(get("/nulle-part").session(session)).andExpect(status().isNotFound()).andReturn();
        // MockMvc does not forward to the error page as a servlet container does: render it the way Tomcat would.
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", 404))
                .andExpect(content().string(allOf(containsString("Page introuvable"), not(containsString("Exception")))));
    }

    @Test
    void a_failure_gets_a_french_500_page_without_stack_trace() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail"))
                        .requestAttr("jakarta.servlet.error.request_uri", "/panne"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Une erreur est survenue"),
                        not(containsString("secret detail")), not(containsString("IllegalStateException")),
                        not(containsString("at fr.ploucs")))));
    }

    @Test
    void a_representative_sees_no_coordinators_panel_on_the_home_page() throws Exception {
        mvc.perform(get("/").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("referente").roles("REPRESENTATIVE")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("À suivre dans le réseau"))));
    }

    @Test
    void a_representative_is_refused_the_coordinators_pages() throws Exception {
        mvc.perform(get("/accounts").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("referente").roles("REPRESENTATIVE")))
                .andExpect(status().isForbidden());
    }

    @Test
    void forms_without_csrf_token_are_refused() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/notifications/read").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void logout_is_a_post() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_htmx_badge_returns_only_the_count() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/notifications/unread-count").session(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"unread-count\""), not(containsString("<header")))));
    }
}
