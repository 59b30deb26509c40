package fr.ploucs.security;

import fr.ploucs.security.passwords.PasswordGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At the first start, with no account at all, creates the coordinator account from PLOUCS_ADMIN_USERNAME and
 * PLOUCS_ADMIN_PASSWORD, or, without a password, with a generated one printed once in the log, to be replaced by one
 * of the person's choosing at the first login.
 */
@Component
class FirstCoordinatorAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstCoordinatorAccount.class);

    private final UserAccountService accounts;
    private final String username;
    private final String password;
    private final Environment environment;

    FirstCoordinatorAccount(UserAccountService accounts,
                            @Value("${ploucs.first-coordinator.username}") String username,
                            @Value("${ploucs.first-coordinator.password}") String password,
                            Environment environment) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String initialPassword = generated ? PasswordGenerator.generate() : password;
        // A generated password is for the first login only: PLOUCS then asks for one of the person's own choosing,
        // so the line below is useless once read. A password the operator chose is theirs: no change is forced.
        if (accounts.createFirstCoordinator(username, initialPassword, generated)) {
            if (generated) {
                log.warn("""

                        ==============================================================
                         PLOUCS: first coordinator account created.
                         Log in at http://localhost:{}/login with
                           username: {}
                           password: {}
                         This password is shown only once and works for the first
                         login only: PLOUCS then asks you to choose your own.
                         (Or set PLOUCS_ADMIN_PASSWORD before the first start.)
                        ==============================================================""",
                        // Read now, not at construction: the server's port is known once it has started.
                        environment.getProperty("local.server.port", "8080"), username, initialPassword);
            } else {
                log.info("PLOUCS: first coordinator account created with the password of PLOUCS_ADMIN_PASSWORD");
            }
        }
    }
}
