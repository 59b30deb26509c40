package fr.ploucs.architecture;

import fr.ploucs.PloucsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's view of the application: the pillars and the app's own packages are application modules,
 * the shared kernel is shared by all of them.
 */
class ModularityTests {

    /**
     * Relative to the app module, where surefire runs: the diagrams land in the repository's docs and are
     * committed, so a change of structure shows up in review.
     */
    static final String DOCUMENTATION_FOLDER = "../docs/modules";

    static final ApplicationModules modules = ApplicationModules.of(PloucsApplication.class,
            new DoNotIncludeTestSupport());

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }

    @Test
    void findsThePillarsAndNoTestSupport() {
        assertThat(modules.getModuleByName("cooperation")).isPresent();
        assertThat(modules.getModuleByName("accompaniment")).isPresent();
        assertThat(modules.getModuleByName("awareness")).isPresent();
        assertThat(modules.getModuleByName("testsupport")).isEmpty();
    }

    @Test
    void writesDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER))
                .writeDocumentation();

        try (Stream<Path> files = Files.list(Path.of(DOCUMENTATION_FOLDER))) {
            for (Path file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    /**
     * Modulith lists relations and events in hash order, which changes from run to run: sorting each run of
     * {@code Rel(} lines and each bulleted table cell keeps the committed docs from changing when the code has not.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i);
            if (line.startsWith("Rel(")) {
                int end = i;
                while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                    end++;
                }
                lines.subList(i, end).stream().sorted().forEach(result::add);
                i = end;
            } else if (line.startsWith("|* ")) {
                List<String> cell = new ArrayList<>(List.of(line.substring(1)));
                int end = i + 1;
                while (end < lines.size() && lines.get(end).startsWith("* ")) {
                    cell.add(lines.get(end++));
                }
                Collections.sort(cell);
                cell.set(0, "|" + cell.get(0));
                result.addAll(cell);
                i = end;
            } else {
                result.add(line);
                i++;
            }
        }
        return result;
    }
}
