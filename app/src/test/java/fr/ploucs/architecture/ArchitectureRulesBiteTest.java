package fr.ploucs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fixtures.modulith.ModulithFixtureApplication;
import fixtures.ploucs.accompaniment.domain.CoachedCooperative;
import fixtures.ploucs.awareness.application.ReadsCooperation;
import fixtures.ploucs.cooperation.adapter.in.event.AnonymousListener;
import fixtures.ploucs.cooperation.adapter.in.event.MemberJoinedListener;
import fixtures.ploucs.cooperation.adapter.in.web.ControllerReadingRows;
import fixtures.ploucs.cooperation.adapter.in.web.CooperativesController;
import fixtures.ploucs.cooperation.adapter.in.web.RowRepositoryInWeb;
import fixtures.ploucs.cooperation.adapter.out.persistence.CooperativeJdbcAdapter;
import fixtures.ploucs.cooperation.application.CooperativeService;
import fixtures.ploucs.cooperation.application.MisplacedController;
import fixtures.ploucs.cooperation.application.MisplacedEventListener;
import fixtures.ploucs.cooperation.application.MisplacedModuleListener;
import fixtures.ploucs.cooperation.application.ServiceCallingController;
import fixtures.ploucs.cooperation.application.ServiceRunningSql;
import fixtures.ploucs.cooperation.application.port.in.RegisterCooperative;
import fixtures.ploucs.cooperation.application.port.in.RegisterIntoStore;
import fixtures.ploucs.cooperation.application.port.out.Cooperatives;
import fixtures.ploucs.cooperation.application.port.out.MappedCooperatives;
import fixtures.ploucs.cooperation.domain.Cooperative;
import fixtures.ploucs.cooperation.domain.SelfRegisteringCooperative;
import fixtures.ploucs.cooperation.domain.SpringManagedCooperative;
import fixtures.ploucs.sharedkernel.CooperativeDissolved;
import fixtures.ploucs.sharedkernel.CooperativeRegistered;
import fixtures.ploucs.sharedkernel.SpringCheckedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.ploucs.architecture.ArchitectureRules.ADAPTERS_DO_NOT_USE_EACH_OTHER;
import static fr.ploucs.architecture.ArchitectureRules.APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS;
import static fr.ploucs.architecture.ArchitectureRules.CONTROLLERS_ONLY_IN_WEB_ADAPTER;
import static fr.ploucs.architecture.ArchitectureRules.DOMAIN_AND_PORTS_USE_NO_FRAMEWORK;
import static fr.ploucs.architecture.ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN;
import static fr.ploucs.architecture.ArchitectureRules.EVENT_CONTRACTS_ARE_RECORDS;
import static fr.ploucs.architecture.ArchitectureRules.EVENT_LISTENERS_ONLY_IN_EVENT_ADAPTER;
import static fr.ploucs.architecture.ArchitectureRules.INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT;
import static fr.ploucs.architecture.ArchitectureRules.MODULE_LISTENERS_DECLARE_A_STABLE_ID;
import static fr.ploucs.architecture.ArchitectureRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER;
import static fr.ploucs.architecture.ArchitectureRules.PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static fr.ploucs.architecture.ArchitectureRules.SHARED_KERNEL_DEPENDS_ONLY_ON_JAVA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that never fails proves nothing: each rule of {@link ArchitectureRules} must report a violation when one
 * deliberately wrong class (package {@code fixtures.ploucs}) joins an otherwise well-formed hexagon, and must
 * report nothing for the well-formed hexagon alone.
 */
class ArchitectureRulesBiteTest {

    /** A small pillar that breaks no rule; each wrong class is judged in its company. */
    private static final List<Class<?>> WELL_FORMED = List.of(
            Cooperative.class, RegisterCooperative.class, Cooperatives.class, CooperativeService.class,
            CooperativesController.class, MemberJoinedListener.class, CooperativeJdbcAdapter.class,
            CooperativeRegistered.class);

    record Bite(ArchRule rule, Class<?> wrong) {

        @Override
        public String toString() {
            return ruleName(rule) + " <- " + wrong.getSimpleName();
        }
    }

    static Stream<Bite> bites() {
        return Stream.of(
                new Bite(PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER, ReadsCooperation.class),
                new Bite(DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN, SelfRegisteringCooperative.class),
                new Bite(DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN, CoachedCooperative.class),
                new Bite(DOMAIN_AND_PORTS_USE_NO_FRAMEWORK, SpringManagedCooperative.class),
                new Bite(DOMAIN_AND_PORTS_USE_NO_FRAMEWORK, MappedCooperatives.class),
                new Bite(APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS, ServiceCallingController.class),
                new Bite(INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT, RegisterIntoStore.class),
                new Bite(ADAPTERS_DO_NOT_USE_EACH_OTHER, ControllerReadingRows.class),
                new Bite(PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER, ServiceRunningSql.class),
                new Bite(PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER, RowRepositoryInWeb.class),
                new Bite(PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER, MappedCooperatives.class),
                new Bite(CONTROLLERS_ONLY_IN_WEB_ADAPTER, MisplacedController.class),
                new Bite(EVENT_LISTENERS_ONLY_IN_EVENT_ADAPTER, MisplacedModuleListener.class),
                new Bite(EVENT_LISTENERS_ONLY_IN_EVENT_ADAPTER, MisplacedEventListener.class),
                new Bite(MODULE_LISTENERS_DECLARE_A_STABLE_ID, AnonymousListener.class),
                new Bite(EVENT_CONTRACTS_ARE_RECORDS, CooperativeDissolved.class),
                new Bite(SHARED_KERNEL_DEPENDS_ONLY_ON_JAVA, SpringCheckedEvent.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bites")
    void ruleReportsTheWrongClass(Bite bite) {
        List<Class<?>> classes = new ArrayList<>(WELL_FORMED);
        classes.add(bite.wrong());

        EvaluationResult result = bite.rule().evaluate(importing(classes));

        assertThat(result.hasViolation()).as("%s should be violated", ruleName(bite.rule())).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .as("the violation names the wrong class")
                .contains(bite.wrong().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void wellFormedHexagonBreaksNoRule(String name, ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(importing(WELL_FORMED));

        assertThat(result.getFailureReport().getDetails()).as(name).isEmpty();
    }

    static Stream<Arguments> rules() {
        return ArchitectureRules.all().entrySet().stream()
                .map(rule -> Arguments.of(rule.getKey(), rule.getValue()));
    }

    /** A new rule in {@link ArchitectureRules} without a fixture that breaks it fails here. */
    @Test
    void everyRuleHasABite() {
        Set<ArchRule> bitten = Collections.newSetFromMap(new IdentityHashMap<>());
        bites().map(Bite::rule).forEach(bitten::add);

        assertThat(ArchitectureRules.all().entrySet())
                .allSatisfy(rule -> assertThat(bitten).as(rule.getKey()).contains(rule.getValue()));
    }

    @Test
    void modulithReportsAccessToAnotherModulesInternals() {
        // Modulith skips test classes by default; the fixture is test code, so import everything.
        ApplicationModules modules = ApplicationModules.of(ModulithFixtureApplication.class, location -> true);

        Violations violations = modules.detectViolations();

        assertThat(violations.hasViolations()).isTrue();
        assertThat(violations.getMessage()).contains("invoices").contains("OrderLine");
    }

    private static JavaClasses importing(List<Class<?>> classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static String ruleName(ArchRule rule) {
        for (Map.Entry<String, ArchRule> entry : ArchitectureRules.all().entrySet()) {
            if (entry.getValue() == rule) {
                return entry.getKey();
            }
        }
        return rule.getDescription();
    }
}
