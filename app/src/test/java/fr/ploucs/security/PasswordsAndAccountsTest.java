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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Passwords people choose, change and get reset; accounts nobody can lock everyone out of. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordsAndAccountsTest {

    private static final String PASSWORD = "Chaise-Verte-Sous-La-Pluie";
    private static final String NEW_PASSWORD = "Barque-Jaune-Dans-Les-Pins";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountService accounts;

    @Test
    void an_80_character_password_gets_a_message_not_a_server_error() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                        .param("username", "long-" + UUID.randomUUID().toString().substring(0, 6))
                        .param("displayName", "Long Mot").param("password", "x".repeat(40) + "-" + "y".repeat(39))
                        .param("role", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe ne doit pas dépasser 72 octets")));
    }

    @Test
    void a_common_password_is_refused_next_to_the_field() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(post("/accounts").session(coordinator).with(csrf())
                        .param("username", "commun-" + UUID.randomUUID().toString().substring(0, 6))
                        .param("displayName", "Mot Commun").param("password", "motdepasse2026!")
                        .param("role", "COORDINATOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce mot de passe est trop courant")));
    }

    @Test
    void everyone_changes_their_own_password_giving_the_current_one() throws Exception {
        String username = account(false);
        MockHttpSession me = SignedIn.as(mvc, username, PASSWORD);
        MockHttpSession myOtherSession = SignedIn.as(mvc, username, PASSWORD);
        mvc.perform(get("/account/password").session(me)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe actuel")));

        mvc.perform(post("/account/password").session(me).with(csrf())
                        .param("currentPassword", "pas-le-bon-mot-de-passe").param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce n’est pas votre mot de passe actuel.")));
        mvc.perform(post("/account/password").session(me).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD + "x"))
                .andExpect(content().string(containsString("Les deux saisies ne sont pas identiques.")));
        mvc.perform(post("/account/password").session(me).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/").session(me)).andExpect(status().isOk());
        mvc.perform(get("/").session(myOtherSession)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        SignedIn.as(mvc, username, NEW_PASSWORD);
        assertThat(audited("PASSWORD_CHANGED", username)).isEqualTo(1);
    }

    @Test
    void a_reset_password_must_be_replaced_at_the_next_login() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        String username = account(false);
        MockHttpSession before = SignedIn.as(mvc, username, PASSWORD);
        UUID id = idOf(username);

        mvc.perform(get("/accounts/{id}/password", id).session(coordinator)).andExpect(status().isOk());
        mvc.perform(post("/accounts/{id}/password", id).session(coordinator).with(csrf())
                        .param("newPassword", "Provisoire-Pour-Lundi").param("confirmation", "Provisoire-Pour-Lundi"))
                .andExpect(redirectedUrl("/accounts"));
        mvc.perform(get("/").session(before)).andExpect(redirectedUrl("/login?expired"));

        MockHttpSession after = SignedIn.as(mvc, username, "Provisoire-Pour-Lundi");
        mvc.perform(get("/").session(after)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/cooperation/members").session(after)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/notifications/unread-count").session(after).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/account/password"));
        mvc.perform(get("/account/password").session(after))
                .andExpect(content().string(containsString("celui que vous avez utilisé était provisoire")));
        mvc.perform(post("/account/password").session(after).with(csrf())
                        .param("currentPassword", "Provisoire-Pour-Lundi").param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(after)).andExpect(status().isOk());
        assertThat(audited("PASSWORD_RESET", username)).isEqualTo(1);
    }

    @Test
    void an_account_created_with_the_box_ticked_chooses_its_password_at_first_login() throws Exception {
        String username = account(true);
        MockHttpSession first = SignedIn.as(mvc, username, PASSWORD);
        mvc.perform(get("/").session(first)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/accounts/new").session(SignedIn.asCoordinator(mvc)))
                .andExpect(content().string(containsString("checked=\"checked\"")));
    }

    @Test
    void changing_the_notification_address_asks_for_the_password() throws Exception {
        String username = account(false);
        MockHttpSession me = SignedIn.as(mvc, username, PASSWORD);
        mvc.perform(post("/account").session(me).with(csrf()).param("email", "voleur@example.org")
                        .param("emailNotifications", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez votre mot de passe actuel pour changer de courriel.")));
        mvc.perform(post("/account").session(me).with(csrf()).param("email", "voleur@example.org")
                        .param("currentPassword", "pas-le-bon"))
                .andExpect(content().string(containsString("Ce n’est pas votre mot de passe actuel.")));
        assertThat(jdbc.sql("select email from platform.user_account where username = ?").param(username)
                .query(String.class).optional().orElse(null)).isNull();
        mvc.perform(post("/account").session(me).with(csrf()).param("email", "camille@example.org")
                        .param("emailNotifications", "true").param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        // The same address again, and only the choice changes: no password asked.
        mvc.perform(post("/account").session(me).with(csrf()).param("email", "camille@example.org"))
                .andExpect(redirectedUrl("/account"));
        assertThat(audited("EMAIL_CHANGED", username)).isEqualTo(1);
    }

    @Test
    void nobody_deactivates_themselves_nor_the_last_active_coordinator() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        UUID me = idOf(SignedIn.COORDINATOR);
        mvc.perform(get("/accounts").session(coordinator))
                .andExpect(content().string(allOf(containsString("Comptes utilisateurs"),
                        not(containsString("/accounts/" + me + "/deactivate")))));
        mvc.perform(post("/accounts/{id}/deactivate", me).session(coordinator).with(csrf()))
                .andExpect(redirectedUrl("/accounts"))
                .andExpect(flash().attribute("problem", "account.deactivate.self"));

        // Two coordinators left, each deactivating the other at the same moment: the second one is refused.
        String other = account(false);
        jdbc.sql("update platform.user_account set enabled = false where role = 'COORDINATOR' and id not in (?, ?)")
                .params(me, idOf(other)).update();
        PloucsUser first = accounts.reload(me).orElseThrow();
        PloucsUser second = accounts.reload(idOf(other)).orElseThrow();
        assertThat(accounts.deactivate(first, idOf(other))).isEqualTo(UserAccountService.Deactivation.DONE);
        assertThat(accounts.deactivate(second, me)).isEqualTo(UserAccountService.Deactivation.LAST_COORDINATOR);
        assertThat(jdbc.sql("select enabled from platform.user_account where id = ?").param(me)
                .query(Boolean.class).single()).isTrue();
        // Alone, the first coordinator is not offered any deactivation of a coordinator, not even of others' accounts.
        mvc.perform(get("/accounts").session(coordinator))
                .andExpect(content().string(not(containsString("/accounts/" + me + "/deactivate"))));
    }

    @Test
    void coordinators_read_the_audit_log_a_page_at_a_time() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        mvc.perform(get("/audit").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Journal de sécurité"), containsString("Connexion"),
                        containsString(SignedIn.COORDINATOR))));
        mvc.perform(get("/audit").param("page", "999999999").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/audit").param("page", "abc").session(coordinator)).andExpect(status().isOk());
        String representative = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", representative, "Référente", PASSWORD, Role.REPRESENTATIVE,
                new fr.ploucs.sharedkernel.MemberId(UUID.randomUUID()), false);
        mvc.perform(get("/audit").session(SignedIn.as(mvc, representative, PASSWORD))).andExpect(status().isForbidden());
    }

    private String account(boolean mustChange) {
        String username = "essai-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.create("test", username, "Personne Essai", PASSWORD, Role.COORDINATOR, null, mustChange)).isTrue();
        return username;
    }

    private UUID idOf(String username) {
        return jdbc.sql("select id from platform.user_account where username = ?").param(username)
                .query(UUID.class).single();
    }

    private long audited(String action, String username) {
        return jdbc.sql("select count(*) from platform.audit_entry where action = ? and subject = ?")
                .params(action, username).query(Long.class).single();
    }
}
