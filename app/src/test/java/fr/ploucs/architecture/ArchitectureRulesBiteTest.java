package fr.ploucs.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fixtures.modulith.ModulithFixtureApplication;
import fixtures.ploucs.accompaniment.coaching.domain.CoachedCooperative;
import fixtures.ploucs.awareness.sessions.application.ReadsCooperation;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.event.AnonymousListener;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.event.MemberJoinedListener;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.ControllerReadingRows;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.CooperativesController;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.RowRepositoryInWeb;
import fixtures.ploucs.cooperation.cooperatives.adapter.out.persistence.CooperativeJdbcAdapter;
import fixtures.ploucs.cooperation.cooperatives.application.CooperativeService;
import fixtures.ploucs.cooperation.cooperatives.application.MisplacedController;
import fixtures.ploucs.cooperation.cooperatives.application.MisplacedEventListener;
import fixtures.ploucs.cooperation.cooperatives.application.MisplacedModuleListener;
import fixtures.ploucs.cooperation.cooperatives.application.ServiceCallingController;
import fixtures.ploucs.cooperation.cooperatives.application.ServiceRunningSql;
import fixtures.ploucs.cooperation.cooperatives.application.port.in.RegisterCooperative;
import fixtures.ploucs.cooperation.cooperatives.application.port.in.RegisterIntoStore;
import fixtures.ploucs.cooperation.cooperatives.application.port.out.Cooperatives;
import fixtures.ploucs.cooperation.cooperatives.application.port.out.MappedCooperatives;
import fixtures.ploucs.cooperation.cooperatives.domain.Cooperative;
import fixtures.ploucs.cooperation.cooperatives.domain.SelfRegisteringCooperative;
import fixtures.ploucs.cooperation.cooperatives.domain.SpringManagedCooperative;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.ControllerCallingService;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.ControllerShowingGrants;
import fixtures.ploucs.cooperation.cooperatives.adapter.in.web.ControllerUsingStore;
import fixtures.ploucs.cooperation.cooperatives.application.CooperativeGrants;
import fixtures.ploucs.cooperation.cooperatives.application.ServiceReadingGrantInternals;
import fixtures.ploucs.cooperation.cooperatives.domain.CooperativeFunds;
import fixtures.ploucs.cooperation.cooperatives.domain.CooperativeWithGrant;
import fixtures.ploucs.cooperation.crowded.domain.Crowded;
import fixtures.ploucs.cooperation.grants.adapter.in.web.GrantsController;
import fixtures.ploucs.cooperation.grants.application.GrantsOfCooperatives;
import fixtures.ploucs.cooperation.grants.application.port.in.FindGrants;
import fixtures.ploucs.cooperation.grants.application.port.in.GrantSummary;
import fixtures.ploucs.cooperation.grants.domain.Grant;
import fixtures.ploucs.cooperation.grants.domain.GrantId;
import fixtures.ploucs.cooperation.shared.domain.Euros;
import fixtures.ploucs.cooperation.shared.domain.EurosOfACooperative;
import fixtures.ploucs.sharedkernel.CooperativeDissolved;
import fixtures.ploucs.webparts.CooperativeNameField;
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
import static fr.ploucs.architecture.ArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES;
import static fr.ploucs.architecture.ArchitectureRules.FEATURES_MEET_ONLY_THROUGH_INCOMING_PORTS;
import static fr.ploucs.architecture.ArchitectureRules.NO_PACKAGE_HOLDS_MORE_THAN_ABOUT_25_CLASSES;
import static fr.ploucs.architecture.ArchitectureRules.PILLAR_SHARED_PART_DEPENDS_ON_NO_FEATURE;
import static fr.ploucs.architecture.ArchitectureRules.WEB_ADAPTERS_USE_ONLY_INCOMING_PORTS;
import static fr.ploucs.architecture.ArchitectureRules.WEB_PARTS_DEPEND_ON_NO_PILLAR;
import static fr.ploucs.architecture.ArchitectureRules.EVENT_LISTENERS_ONLY_IN_EVENT_ADAPTER;
import static fr.ploucs.architecture.ArchitectureRules.INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT;
import static fr.ploucs.architecture.ArchitectureRules.MODULE_LISTENERS_DECLARE_A_STABLE_ID;
import static fr.ploucs.architecture.ArchitectureRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER;
import static fr.ploucs.architecture.ArchitectureRules.PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER;
import static fr.ploucs.architecture.ArchitectureRules.SHARED_KERNEL_DEPENDS_ONLY_ON_JAVA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that never fails proves nothing: each rule of {@link ArchitectureRules} must report a violation when one
 * deliberately wrong class (package {@code fixtures.ploucs.<pillar>.<feature>}) joins an otherwise well-formed pillar
 * of two features and a shared part, and must
 * report nothing for the well-formed hexagon alone.
 */
class ArchitectureRulesBiteTest {

    /** A small pillar that breaks no rule; each wrong class is judged in its company. */
    private static final List<Class<?>> WELL_FORMED = List.of(
            Cooperative.class, RegisterCooperative.class, Cooperatives.class, CooperativeService.class,
            CooperativesController.class, MemberJoinedListener.class, CooperativeJdbcAdapter.class,
            CooperativeRegistered.class,
            // a second feature, reached through its incoming port and ids, and the pillar's shared domain
            GrantId.class, Grant.class, FindGrants.class, GrantSummary.class, GrantsController.class,
            CooperativeGrants.class, Euros.class, CooperativeFunds.class);

    /** {@code wholePackage}: the rule judges a package as a whole, so the wrong class comes with its package. */
    record Bite(ArchRule rule, Class<?> wrong, boolean wholePackage) {

        Bite(ArchRule rule, Class<?> wrong) {
            this(rule, wrong, false);
        }

        @Override
        public String toString() {
            return ruleName(rule) + " <- " + wrong.getSimpleName();
        }
    }

    static Stream<Bite> bites() {
        return Stream.of(
                new Bite(PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER, ReadsCooperation.class),
                new Bite(WEB_PARTS_DEPEND_ON_NO_PILLAR, CooperativeNameField.class),
                new Bite(FEATURES_MEET_ONLY_THROUGH_INCOMING_PORTS, ServiceReadingGrantInternals.class),
                new Bite(FEATURES_MEET_ONLY_THROUGH_INCOMING_PORTS, ControllerShowingGrants.class),
                new Bite(PILLAR_SHARED_PART_DEPENDS_ON_NO_FEATURE, EurosOfACooperative.class),
                new Bite(FEATURES_ARE_FREE_OF_CYCLES, GrantsOfCooperatives.class),
                new Bite(DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN, CooperativeWithGrant.class),
                new Bite(DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN, SelfRegisteringCooperative.class),
                new Bite(DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN, CoachedCooperative.class),
                new Bite(DOMAIN_AND_PORTS_USE_NO_FRAMEWORK, SpringManagedCooperative.class),
                new Bite(DOMAIN_AND_PORTS_USE_NO_FRAMEWORK, MappedCooperatives.class),
                new Bite(APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS, ServiceCallingController.class),
                new Bite(INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT, RegisterIntoStore.class),
                new Bite(ADAPTERS_DO_NOT_USE_EACH_OTHER, ControllerReadingRows.class),
                new Bite(ADAPTERS_DO_NOT_USE_EACH_OTHER, ControllerShowingGrants.class),
                new Bite(WEB_ADAPTERS_USE_ONLY_INCOMING_PORTS, ControllerCallingService.class),
                new Bite(WEB_ADAPTERS_USE_ONLY_INCOMING_PORTS, ControllerUsingStore.class),
                new Bite(NO_PACKAGE_HOLDS_MORE_THAN_ABOUT_25_CLASSES, Crowded.class, true),
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
        JavaClasses imported = bite.wholePackage()
                ? new ClassFileImporter().importPackages(bite.wrong().getPackageName())
                : importing(classes);

        EvaluationResult result = bite.rule().evaluate(imported);

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
