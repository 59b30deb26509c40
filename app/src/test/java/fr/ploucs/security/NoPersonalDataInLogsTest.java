package fr.ploucs.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No log statement of any module writes a person's e-mail address, name or phone number: logs are kept, copied and
 * read by whoever runs the server. Reads the main sources of every module (surefire runs in {@code app/}) and fails
 * on a log call whose arguments mention one; log an id instead.
 */
class NoPersonalDataInLogsTest {

    private static final Pattern LOG_CALL = Pattern.compile(
            "\\b(?:log|LOG|logger|LOGGER)\\s*\\.\\s*(?:trace|debug|info|warn|error)\\s*\\(", Pattern.DOTALL);
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i)(e-?mail|displayName|memberName|representativeName|personName|[a-z]*Name\\(\\)|\\bname\\b|phone|telephone|address\\(\\))");

    @Test
    void no_log_statement_writes_personal_data() throws IOException {
        List<String> offenders = new ArrayList<>();
        int statements = 0;
        try (Stream<Path> files = Files.walk(Path.of(".."), 20)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().replace('\\', '/').contains("/src/main/java/")).toList()) {
                String source = Files.readString(file);
                Matcher call = LOG_CALL.matcher(source);
                while (call.find()) {
                    statements++;
                    String arguments = withoutStrings(statement(source, call.end()));
                    Matcher personal = PERSONAL.matcher(arguments);
                    if (personal.find()) {
                        offenders.add(file + ": " + personal.group() + " in " + arguments.strip());
                    }
                }
            }
        }
        assertThat(statements).as("log statements found").isGreaterThan(6);
        assertThat(offenders).as("log statements writing personal data").isEmpty();
    }

    @Test
    void the_check_bites() {
        String source = "log.warn(\"Mail to {} refused\", recipient.email());";
        Matcher call = LOG_CALL.matcher(source);
        assertThat(call.find()).isTrue();
        assertThat(PERSONAL.matcher(withoutStrings(statement(source, call.end()))).find()).isTrue();
        String fine = "log.warn(\"Mail to account {} refused\", recipient.userId());";
        Matcher other = LOG_CALL.matcher(fine);
        assertThat(other.find()).isTrue();
        assertThat(PERSONAL.matcher(withoutStrings(statement(fine, other.end()))).find()).isFalse();
    }

    /** The call's arguments, up to its closing parenthesis. */
    private static String statement(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    /** What the code passes, without the message texts (which may well say "e-mail"). */
    private static String withoutStrings(String code) {
        return code.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"").replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
