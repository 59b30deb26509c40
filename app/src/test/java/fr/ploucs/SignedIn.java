package fr.ploucs;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Signs in through the real login form, so tests go through the same filters, sessions and registry as people. */
public final class SignedIn {

    public static final String COORDINATOR = "coordination";
    public static final String COORDINATOR_PASSWORD = "Coordination-Test-2026";

    private SignedIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public static MockHttpSession asCoordinator(MockMvc mvc) throws Exception {
        return as(mvc, COORDINATOR, COORDINATOR_PASSWORD);
    }
}
