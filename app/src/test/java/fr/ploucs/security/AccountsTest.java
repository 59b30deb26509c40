package fr.ploucs.security;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AccountsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_first_coordinator_account_exists_with_a_hashed_password() {
        String hash = jdbc.sql("select password_hash from platform.user_account where username = ?")
                .param(SignedIn.COORDINATOR).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(SignedIn.COORDINATOR_PASSWORD);
    }

    @Test
    void a_coordinator_creates_an_account_that_can_sign_in() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        String username = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                        .param("username", username).param("displayName", "Camille Dupuy")
                        .param("password", "un-mot-de-passe-long").param("role", "COORDINATOR"))
                .andExpect(redirectedUrl("/accounts"));
        mvc.perform(get("/accounts").session(coordinator))
                .andExpect(content().string(allOf(containsString("Camille Dupuy"), containsString(username))));
        SignedIn.as(mvc, username, "un-mot-de-passe-long");
    }

    @Test
    void bad_input_gets_french_messages_and_keeps_what_was_typed() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        long before = jdbc.sql("select count(*) from platform.user_account").query(Long.class).single();
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                        .param("username", "").param("displayName", "Nom gardé")
                        .param("password", "court").param("role", "REPRESENTATIVE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Indiquez un identifiant."),
                        containsString("Le mot de passe doit compter au moins 12 caractères."),
                        containsString("Un·e référent·e doit être rattaché·e à une structure membre."),
                        containsString("value=\"Nom gard"))));
        assertThat(jdbc.sql("select count(*) from platform.user_account").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_taken_username_is_refused() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                        .param("username", SignedIn.COORDINATOR.toUpperCase()).param("displayName", "Doublon")
                        .param("password", "un-mot-de-passe-long").param("role", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cet identifiant est déjà utilisé.")));
    }

    @Test
    void deactivating_an_account_ends_its_open_session_and_its_logins() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        String username = "partant-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                .param("username", username).param("displayName", "Dominique Partant")
                .param("password", "un-mot-de-passe-long").param("role", "COORDINATOR"));
        MockHttpSession leaving = SignedIn.as(mvc, username, "un-mot-de-passe-long");
        mvc.perform(get("/").session(leaving)).andExpect(status().isOk());

        UUID id = jdbc.sql("select id from platform.user_account where username = ?").param(username)
                .query(UUID.class).single();
        mvc.perform(post("/accounts/{id}/deactivate", id).session(coordinator).with(csrf()))
                .andExpect(redirectedUrl("/accounts"));

        mvc.perform(get("/").session(leaving)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "un-mot-de-passe-long"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_coordinator_cannot_deactivate_their_own_account() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        UUID me = jdbc.sql("select id from platform.user_account where username = ?").param(SignedIn.COORDINATOR)
                .query(UUID.class).single();
        mvc.perform(post("/accounts/{id}/deactivate", me).session(coordinator).with(csrf()))
                .andExpect(redirectedUrl("/accounts"));
        assertThat(jdbc.sql("select enabled from platform.user_account where id = ?").param(me)
                .query(Boolean.class).single()).isTrue();
    }
}
