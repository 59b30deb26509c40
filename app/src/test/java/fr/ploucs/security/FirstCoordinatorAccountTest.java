package fr.ploucs.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(OutputCaptureExtension.class)
class FirstCoordinatorAccountTest {

    private final UserAccountService accounts = mock(UserAccountService.class);

    @Test
    void without_a_configured_password_generates_one_and_prints_it_once(CapturedOutput output) {
        when(accounts.anyAccountExists()).thenReturn(false);
        when(accounts.createFirstCoordinator(eq("coordination"), anyString(), eq(true))).thenReturn(true);

        new FirstCoordinatorAccount(accounts, "coordination", "", new MockEnvironment().withProperty("local.server.port", "8080")).run(null);

        var password = org.mockito.ArgumentCaptor.forClass(String.class);
        verify(accounts).createFirstCoordinator(eq("coordination"), password.capture(), eq(true));
        assertThat(password.getValue()).hasSize(20);
        assertThat(output).contains("http://localhost:8080/login").contains("username: coordination").contains("password: " + password.getValue());
    }

    @Test
    void with_a_configured_password_uses_it_and_never_prints_it(CapturedOutput output) {
        when(accounts.anyAccountExists()).thenReturn(false);
        when(accounts.createFirstCoordinator("admin", "Un-Secret-Configure", false)).thenReturn(true);

        new FirstCoordinatorAccount(accounts, "admin", "Un-Secret-Configure", new MockEnvironment()).run(null);

        verify(accounts).createFirstCoordinator("admin", "Un-Secret-Configure", false);
        assertThat(output).doesNotContain("Un-Secret-Configure");
    }

    @Test
    void does_nothing_once_an_account_exists() {
        when(accounts.anyAccountExists()).thenReturn(true);

        new FirstCoordinatorAccount(accounts, "coordination", "", new MockEnvironment().withProperty("local.server.port", "8080")).run(null);

        verify(accounts, never()).createFirstCoordinator(anyString(), anyString(), org.mockito.ArgumentMatchers.anyBoolean());
    }
}
