package fr.ploucs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
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

    /**
     * Rules whose violations left by the move from layers to features are recorded in
     * {@code src/test/resources/archunit-frozen} (see {@code archunit.properties}): only a new violation fails them.
     * The store shrinks as the recorded ones are fixed; when it is empty, take the rule out of this set.
     */
    static final Set<String> FROZEN = Set.of(
            "FEATURES_MEET_ONLY_THROUGH_INCOMING_PORTS",
            "FEATURES_ARE_FREE_OF_CYCLES",
            "DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN",
            "PILLAR_SHARED_PART_DEPENDS_ON_NO_FEATURE");

    static Stream<Named<ArchRule>> rules() {
        return ArchitectureRules.all().entrySet().stream().map(rule -> Named.of(rule.getKey(),
                FROZEN.contains(rule.getKey()) ? FreezingArchRule.freeze(rule.getValue()) : rule.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holds(ArchRule rule) {
        rule.check(ploucs);
    }

    @Test
    void frozenRulesAreRulesOfArchitectureRules() {
        assertThat(ArchitectureRules.all().keySet()).containsAll(FROZEN);
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
