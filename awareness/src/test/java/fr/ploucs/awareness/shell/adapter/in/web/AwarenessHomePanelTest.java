package fr.ploucs.awareness.shell.adapter.in.web;

import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery;
import fr.ploucs.awareness.shell.application.port.in.AwarenessFollowUpQuery.FollowUp;
import fr.ploucs.sharedkernel.HomePanel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home panel drawn as the shell draws it: its fragment given the panel's data. */
@WebMvcTest(AwarenessHomePanelTest.PanelPage.class)
@Import({AwarenessHomePanel.class, AwarenessHomePanelTest.PanelPage.class})
@WithMockUser(roles = "COORDINATOR")
class AwarenessHomePanelTest {

    /** Stands for the app's home page, which draws each panel's fragment with its data. */
    @Controller
    static class PanelPage {

        private final HomePanel panel;

        PanelPage(HomePanel panel) {
            this.panel = panel;
        }

        @GetMapping("/test/awareness-panel")
        String show(Model model) {
            model.addAttribute("data", panel.data().get());
            return panel.fragment() + "(data=${data})";
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private HomePanel panel;

    @MockitoBean
    private AwarenessFollowUpQuery followUp;

    @Test
    void the_panel_counts_what_waits_and_links_to_it() throws Exception {
        when(followUp.followUp()).thenReturn(new FollowUp(2, 1, 0));
        assertThat(panel.requiredRole()).isEqualTo("COORDINATOR");

        mvc.perform(get("/test/awareness-panel").locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("À suivre en sensibilisation"),
                        containsString("href=\"/awareness/sessions?status=REQUESTED\""),
                        containsString(">2</span>"),
                        containsString("demandes d’intervention à programmer"),
                        containsString("href=\"/awareness/sessions?status=DELIVERED\""),
                        containsString("intervention réalisée à évaluer"),
                        containsString("href=\"/awareness/cjs\""),
                        containsString("autorisation parentale manquante ou expirée (CJS)"))));
    }
}
