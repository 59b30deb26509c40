package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberLeft;
import fr.ploucs.sharedkernel.events.RepresentativeChanged;
import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A representative's access ends when their structure leaves or hands over, open sessions included. */
@SpringBootTest
@AutoConfigureMockMvc
class MembershipAccessTest {

    private static final String PASSWORD = "Chaise-Verte-Sous-La-Pluie";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void when_the_structure_leaves_its_representative_is_signed_out_and_cannot_sign_in() throws Exception {
        MemberId member = new MemberId(UUID.randomUUID());
        String representative = representativeOf(member);
        MockHttpSession session = SignedIn.as(mvc, representative, PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        MemberLeft left = new MemberLeft(UUID.randomUUID(), Instant.now(), member, "La Ressourcerie", LocalDate.now(), null);
        publish(left);
        awaitDisabled(representative);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        // Applied once: a redelivery after a coordinator reopened the account changes nothing.
        jdbc.sql("update platform.user_account set enabled = true where username = ?").param(representative).update();
        publish(left);
        Thread.sleep(1_000);
        assertThat(enabled(representative)).isTrue();
    }

    @Test
    void when_the_representative_changes_the_outgoing_one_loses_access_and_the_successor_keeps_it() throws Exception {
        MemberId member = new MemberId(UUID.randomUUID());
        String outgoing = representativeOf(member);
        MockHttpSession session = SignedIn.as(mvc, outgoing, PASSWORD);
        Instant handover = Instant.now();
        Thread.sleep(20);
        String successor = representativeOf(member);

        publish(new RepresentativeChanged(UUID.randomUUID(), handover, member, "La Ressourcerie", "Alex Sortant",
                "alex@example.org", "Sam Entrant", "sam@example.org", LocalDate.now()));
        awaitDisabled(outgoing);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(enabled(successor)).isTrue();
        assertThat(jdbc.sql("select count(*) from platform.audit_entry where action = 'ACCESS_ENDED_REPRESENTATIVE_CHANGED' and subject = ?")
                .param(outgoing).query(Long.class).single()).isEqualTo(1);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private String representativeOf(MemberId member) {
        String username = "rep-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.create("test", username, "Référent·e", PASSWORD, Role.REPRESENTATIVE, member, false)).isTrue();
        return username;
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from platform.user_account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    private void awaitDisabled(String username) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (enabled(username) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(enabled(username)).as("account of %s deactivated", username).isFalse();
    }
}
