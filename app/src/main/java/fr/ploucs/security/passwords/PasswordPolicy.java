package fr.ploucs.security.passwords;

import fr.ploucs.security.throttling.ThrottledAuthenticationProvider;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new password must be: 12 characters at least, 72 bytes at most (what bcrypt reads; beyond, the end would
 * be silently ignored), not the username, and not a common or breached password from the bundled list
 * {@code security/common-passwords.txt} (see its header for its source), nor one of them with digits or signs
 * around it, nor a short pattern repeated.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String LIST = "security/common-passwords.txt";
    private static final Pattern AROUND = Pattern.compile("^[\\d\\W_]*(.*?)[\\d\\W_]*$");

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** @return the message key of the first rule this password breaks, if any */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > ThrottledAuthenticationProvider.BCRYPT_MAX_BYTES) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 4 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.username");
        }
        if (isCommon(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    boolean isCommon(String lower) {
        if (common.contains(lower) || repeated(lower)) {
            return true;
        }
        var around = AROUND.matcher(lower);
        String core = around.matches() ? around.group(1) : lower;
        return core.length() < 4 || common.contains(core) || repeated(core);
    }

    /** A short pattern said again and again: "aaaaaaaaaaaa", "abcabcabcabc", "soleilsoleil". */
    private boolean repeated(String value) {
        for (int unit = 1; unit <= value.length() / 2; unit++) {
            if (value.length() % unit == 0 && value.substring(unit).equals(value.substring(0, value.length() - unit))) {
                String pattern = value.substring(0, unit);
                return unit <= 4 || common.contains(pattern);
            }
        }
        return false;
    }

    public int size() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
