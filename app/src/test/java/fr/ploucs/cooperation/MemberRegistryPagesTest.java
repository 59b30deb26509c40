package fr.ploucs.cooperation;

import fr.ploucs.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The member registry's pages in the assembled application, down to what PostgreSQL holds. */
@SpringBootTest
@AutoConfigureMockMvc
class MemberRegistryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() throws Exception {
        MockHttpSession first = SignedIn.asCoordinator(mvc);
        MockHttpSession second = SignedIn.asCoordinator(mvc);
        String name = "Le Tiers-Lieu " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = register(first, name);

        // Both coordinators opened the edit form at version 0.
        mvc.perform(edit(first, id, name + " (modifié par la première)", 0))
                .andExpect(redirectedUrlPattern("/cooperation/members/*"));
        mvc.perform(edit(second, id, name + " (modifié par la seconde)", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Quelqu’un d’autre a modifié cette structure"),
                        containsString("par la seconde)"))));

        assertThat(jdbc.sql("select name from cooperation.member where id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " (modifié par la première)");
    }

    @Test
    void invisible_control_characters_are_dropped_instead_of_failing() throws Exception {
        MockHttpSession coordinator = SignedIn.asCoordinator(mvc);
        String name = "Collectif\u0000 Nul " + UUID.randomUUID().toString().substring(0, 6);

        UUID id = register(coordinator, name);

        assertThat(jdbc.sql("select name from cooperation.member where id = ?").param(id).query(String.class).single())
                .isEqualTo(name.replace("\u0000", ""));
    }

    private UUID register(MockHttpSession session, String name) throws Exception {
        String location = mvc.perform(post("/cooperation/members").session(session).with(csrf())
                        .param("name", name).param("legalForm", "SCOP").param("siret", "")
                        .param("commune", "Rion-des-Landes").param("joinedOn", "2023-10-01")
                        .param("representativeName", "Alex Duprat").param("representativeEmail", "alex@example.org"))
                .andExpect(redirectedUrlPattern("/cooperation/members/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder edit(MockHttpSession session, UUID id, String name, long version) {
        return post("/cooperation/members/{id}", id).session(session).with(csrf())
                .param("name", name).param("legalForm", "SCOP").param("siret", "")
                .param("commune", "Rion-des-Landes")
                .param("representativeName", "Alex Duprat").param("representativeEmail", "alex@example.org")
                .param("version", String.valueOf(version));
    }
}
