package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;

import java.util.UUID;

/** Accounts made for a test, for the tests outside this package (signed in with {@code user(...)} of MockMvc). */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static PloucsUser newAccount(UserAccountService accounts, String prefix, Role role, MemberId member) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create("test", username, "Visiteur " + role, "Chaise-Verte-Sous-La-Pluie", role, member, false);
        return accounts.reload(accounts.all().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().id()).orElseThrow();
    }
}
