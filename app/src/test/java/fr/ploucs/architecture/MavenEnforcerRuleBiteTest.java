package fr.ploucs.architecture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The parent POM's enforcer execution {@code no-pillar-depends-on-another} bans fr.ploucs:cooperation,
 * accompaniment, awareness and app as dependencies of every module but app. This runs Maven, offline, on a
 * throw-away reactor that inherits the real parent: one where a module named like a pillar depends on another,
 * which must fail, and one where it depends only on the shared kernel, which must pass, so that the failure is the
 * rule's and not the fixture's.
 */
class MavenEnforcerRuleBiteTest {

    private static final long TIMEOUT_MINUTES = 3;

    private static Path parentPom;

    private static List<String> maven;

    @BeforeAll
    static void findParentAndMaven() throws IOException {
        // Surefire runs in the app module; the parent is the repository's root POM.
        parentPom = Path.of("..", "pom.xml").toAbsolutePath().normalize();
        assumeThat(Files.isRegularFile(parentPom) && Files.readString(parentPom).contains(
                "<artifactId>ploucs-parent</artifactId>"))
                .as("the PLOUCS parent POM next to the app module").isTrue();
        maven = mavenCommand(parentPom.getParent());
        assumeThat(maven).as("mvn on the PATH or ./mvnw at the repository root").isNotNull();
    }

    @Test
    void failsWhenAPillarDependsOnAnotherPillar(@TempDir Path reactor) throws Exception {
        writeReactor(reactor, "cooperation");

        Run run = validate(reactor);

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output())
                .contains("no-pillar-depends-on-another")
                .contains("fr.ploucs:cooperation")
                .contains("A pillar never depends on another pillar");
    }

    @Test
    void passesWhenAPillarDependsOnlyOnTheSharedKernel(@TempDir Path reactor) throws Exception {
        writeReactor(reactor, "shared-kernel");

        Run run = validate(reactor);

        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    /**
     * A root inheriting the real parent, an empty {@code cooperation} module, and an {@code awareness} module
     * depending on the given fr.ploucs artifact. The group and artifact ids are those the rule bans; the reactor
     * resolves {@code cooperation} to the fixture, and the shared kernel comes from the local repository.
     */
    private static void writeReactor(Path root, String awarenessDependsOn) throws IOException {
        write(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>fr.ploucs</groupId>
                    <artifactId>ploucs-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                    <relativePath>%s</relativePath>
                  </parent>
                  <artifactId>enforcer-bite-fixture</artifactId>
                  <packaging>pom</packaging>
                  <modules>
                    <module>cooperation</module>
                    <module>awareness</module>
                  </modules>
                </project>
                """.formatted(parentPom));
        write(root.resolve("cooperation/pom.xml"), module("cooperation", ""));
        write(root.resolve("awareness/pom.xml"), module("awareness", """
                  <dependencies>
                    <dependency>
                      <groupId>fr.ploucs</groupId>
                      <artifactId>%s</artifactId>
                    </dependency>
                  </dependencies>
                """.formatted(awarenessDependsOn)));
    }

    private static String module(String artifactId, String dependencies) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>fr.ploucs</groupId>
                    <artifactId>enforcer-bite-fixture</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                  </parent>
                  <artifactId>%s</artifactId>
                %s</project>
                """.formatted(artifactId, dependencies);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** validate is enough: the enforcer binds there and collects the dependency graph without building anything. */
    private static Run validate(Path reactor) throws Exception {
        List<String> command = new ArrayList<>(maven);
        command.addAll(List.of("-B", "-o", "-ntp", "-f", reactor.resolve("pom.xml").toString(), "validate"));
        Path log = reactor.resolve("maven.log");
        Process process = new ProcessBuilder(command)
                .directory(reactor.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish within " + TIMEOUT_MINUTES + " minutes:\n"
                    + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static List<String> mavenCommand(Path repositoryRoot) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(directory, "mvn"))) {
                    return List.of(Path.of(directory, "mvn").toString());
                }
            }
        }
        Path wrapper = repositoryRoot.resolve("mvnw");
        return Files.isExecutable(wrapper) ? List.of(wrapper.toString()) : null;
    }

    record Run(int exitCode, String output) {
    }
}
