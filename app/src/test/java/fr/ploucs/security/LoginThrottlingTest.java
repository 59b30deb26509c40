package fr.ploucs.security;

import fr.ploucs.security.throttling.LoginThrottle;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** Guessing passwords gets slower, then stops for a while; the coordinators hear of it; PostgreSQL keeps the count. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottlingTest {

    private static final String PASSWORD = "Chaise-Verte-Sous-La-Pluie";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    LoginThrottle throttle;

    @Test
    void thirty_wrong_passwords_lock_the_account_and_the_right_one_works_again_after_the_lock() throws Exception {
        String username = account();
        String address = "127.0.0." + (10 + (int) (Math.random() * 100));
        for (int i = 0; i < 30; i++) {
            login(username, "mauvais-mot-de-passe-" + i, address);
        }

        // Locked: even the right password is refused, with a French message telling how long to wait.
        String refused = login(username, PASSWORD, address)
                .andExpect(redirectedUrlPattern("/login?blocked=*"))
                .andReturn().getResponse().getRedirectedUrl();
        long seconds = Long.parseLong(refused.substring(refused.indexOf('=') + 1));
        assertThat(seconds).isBetween(Duration.ofMinutes(10).toSeconds(), Duration.ofMinutes(15).toSeconds());
        mvc.perform(get(refused)).andExpect(content().string(containsString(
                "Trop de tentatives de connexion : par sécurité, les connexions sont suspendues. Réessayez dans 15 minute(s)")));
        // From another address too: the lock is the account's.
        login(username, PASSWORD, "127.0.0.250").andExpect(redirectedUrlPattern("/login?blocked=*"));

        // The count is in PostgreSQL (a restart does not forget it), and so is the trace of it.
        assertThat(jdbc.sql("select failures from platform.login_throttle where throttle_key = ?")
                .param("account:" + username).query(Integer.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'ACCOUNT_LOCKED' and subject = ?")
                .param(username).query(Long.class).single()).isEqualTo(1);
        // The coordinators are told, once.
        assertThat(notificationsAbout(username)).isEqualTo(1);

        try {
            throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));
            login(username, PASSWORD, address).andExpect(redirectedUrl("/"));
        } finally {
            throttle.useClock(Clock.systemUTC());
        }
        assertThat(jdbc.sql("select count(*) from platform.login_throttle where throttle_key = ?")
                .param("account:" + username).query(Long.class).single()).isZero();
    }

    @Test
    void a_few_failures_only_ask_to_wait_a_little_longer_each_time() throws Exception {
        String username = account();
        String address = "127.0.1." + (10 + (int) (Math.random() * 100));
        login(username, "faux-1", address).andExpect(redirectedUrl("/login?error"));
        login(username, "faux-2", address).andExpect(redirectedUrl("/login?error"));
        // The third failure starts the delay: a second, then two, then four...
        login(username, "faux-3", address).andExpect(redirectedUrl("/login?error"));
        login(username, PASSWORD, address).andExpect(redirectedUrlPattern("/login?blocked=*"));
        mvc.perform(get("/login").param("blocked", "4"))
                .andExpect(content().string(containsString("attendez 4 seconde(s) avant de réessayer")));
        try {
            throttle.useClock(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(30)));
            login(username, PASSWORD, address).andExpect(redirectedUrl("/"));
        } finally {
            throttle.useClock(Clock.systemUTC());
        }
    }

    @Test
    void one_address_trying_many_accounts_is_stopped_whatever_the_account() throws Exception {
        String username = account();
        String address = "127.0.2." + (10 + (int) (Math.random() * 100));
        for (int i = 0; i < 60; i++) {
            login("inconnu-" + UUID.randomUUID(), "devine-" + i, address);
        }
        login(username, PASSWORD, address).andExpect(redirectedUrlPattern("/login?blocked=*"));
        // The same person from elsewhere is not held back.
        login(username, PASSWORD, "127.0.2.250").andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'ADDRESS_LOCKED' and address = ?")
                .param(address).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_a_wrong_password_not_a_server_error() throws Exception {
        mvc.perform(post("/login").with(csrf()).with(from("127.0.3.1"))
                        .param("username", SignedIn.COORDINATOR).param("password", "é".repeat(80)))
                .andExpect(redirectedUrl("/login?error"));
        SignedIn.asCoordinator(mvc);
    }

    private String account() {
        String username = "essai-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.create("test", username, "Personne Essai", PASSWORD, Role.COORDINATOR, null, false)).isTrue();
        return username;
    }

    private ResultActions login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long notificationsAbout(String username) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        long count = 0;
        while (System.currentTimeMillis() < deadline) {
            count = jdbc.sql("""
                            select count(*) from platform.notification
                            where message_key = 'notification.AccountLockedOut' and ? = any(arguments)""")
                    .param(username).query(Long.class).single();
            if (count > 0) {
                return count;
            }
            Thread.sleep(200);
        }
        return count;
    }
}
