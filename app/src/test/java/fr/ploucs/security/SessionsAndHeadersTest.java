package fr.ploucs.security;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions end when left idle or too old, whatever the page polls; the answers carry the protective headers. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionsAndHeadersTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_badge_polling_does_not_keep_an_idle_session_alive() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        long tenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        session.setAttribute(SessionLifetimeFilter.LAST_ACTIVITY, tenMinutesAgo);

        mvc.perform(get("/notifications/unread-count").session(session).header("HX-Request", "true"))
                .andExpect(status().isOk());
        assertThat(session.getAttribute(SessionLifetimeFilter.LAST_ACTIVITY)).isEqualTo(tenMinutesAgo);

        // Twenty-one minutes later (31 idle), the next poll finds the session over and sends the page to the login.
        session.setAttribute(SessionLifetimeFilter.LAST_ACTIVITY, tenMinutesAgo - Duration.ofMinutes(21).toMillis());
        mvc.perform(get("/notifications/unread-count").session(session).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_click_counts_as_activity() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        long tenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        session.setAttribute(SessionLifetimeFilter.LAST_ACTIVITY, tenMinutesAgo);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat((Long) session.getAttribute(SessionLifetimeFilter.LAST_ACTIVITY)).isGreaterThan(tenMinutesAgo);
    }

    @Test
    void a_session_ends_after_its_lifetime_even_when_used() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        session.setAttribute(SessionLifetimeFilter.SIGNED_IN_AT,
                System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("Votre session a pris fin")));
    }

    @Test
    void pages_carry_the_protective_headers_and_are_not_kept() throws Exception {
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/").session(session))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("form-action 'self'"),
                        containsString("base-uri 'self'"), containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                // htmx keeps no copy of the pages in the browser's storage for the back button.
                .andExpect(content().string(containsString("\"historyCacheSize\": 0")));
    }

    @Test
    void over_https_the_browser_is_told_to_stay_on_https_and_to_forget_the_pages_at_logout() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        MockHttpSession session = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/logout").secure(true).session(session).with(csrf()))
                .andExpect(header().string("Clear-Site-Data", allOf(containsString("cache"), containsString("storage"))));
    }
}
