package fr.ploucs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every rule of {@link ArchitectureRules} against the application: the app module and the pillar and
 * shared-kernel jars on its class path, without test code.
 */
class ArchitectureTest {

    private static JavaClasses ploucs;

    @BeforeAll
    static void importApplication() {
        ploucs = new ClassFileImporter()
                .withImportOption(new DoNotIncludeTestSupport())
                .importPackages("fr.ploucs");
    }

    static Stream<Named<ArchRule>> rules() {
        return ArchitectureRules.all().entrySet().stream().map(rule -> Named.of(rule.getKey(), rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(ploucs);
    }

    /** A rule over an empty or partial import would pass for the wrong reason. */
    @Test
    void importsEveryPillarAndTheSharedKernelButNoTestSupport() {
        assertThat(ploucs.containPackage("fr.ploucs.cooperation.members.domain")).isTrue();
        assertThat(ploucs.containPackage("fr.ploucs.accompaniment.coaches.adapter.in.event")).isTrue();
        assertThat(ploucs.containPackage("fr.ploucs.awareness.facilitators.adapter.out.persistence")).isTrue();
        assertThat(ploucs.containPackage("fr.ploucs.sharedkernel")).isTrue();
        assertThat(ploucs.containPackage("fr.ploucs.notification")).isTrue();
        assertThat(ploucs.containPackage("fr.ploucs.testsupport")).isFalse();
        assertThat(ploucs.containPackage("fr.ploucs.architecture")).isFalse();
    }
}
