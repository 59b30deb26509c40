package fr.ploucs.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of docs/architecture ("Rules the build enforces"), as ArchUnit rules shared by {@link ArchitectureTest}
 * (the real code) and {@link ArchitectureRulesBiteTest} (deliberately wrong fixtures).
 * <p>
 * Packages are anchored on the {@code ploucs} segment ({@code ..ploucs.cooperation..}) rather than on
 * {@code fr.ploucs}: the fixtures live under {@code fixtures.ploucs}, outside the application's packages so that
 * neither the real checks nor component scanning see them, and the very same rule objects still judge them.
 * <p>
 * Every public static {@link ArchRule} of this class is picked up by {@link #all()}: a new rule is checked against
 * the code and must come with a fixture that breaks it.
 */
public final class ArchitectureRules {

    /** The pillars. The app module's own packages (database, web, security, notification) are not pillars. */
    static final String COOPERATION = "..ploucs.cooperation..";
    static final String ACCOMPANIMENT = "..ploucs.accompaniment..";
    static final String AWARENESS = "..ploucs.awareness..";
    static final String[] PILLARS = {COOPERATION, ACCOMPANIMENT, AWARENESS};

    static final String SHARED_KERNEL = "..ploucs.sharedkernel..";

    public static final ArchRule PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER = CompositeArchRule
            .of(pillarDependsOnNoOther(COOPERATION, ACCOMPANIMENT, AWARENESS))
            .and(pillarDependsOnNoOther(ACCOMPANIMENT, COOPERATION, AWARENESS))
            .and(pillarDependsOnNoOther(AWARENESS, COOPERATION, ACCOMPANIMENT))
            .as("no pillar depends on another pillar")
            .because("pillars talk only through the events of the shared kernel");

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN = classes()
            .that().resideInAPackage("..domain..")
            .should(dependOnlyOnJavaTheSharedKernelAndTheirOwnDomain())
            .because("the domain is plain Java, testable and reusable without any framework or adapter");

    public static final ArchRule DOMAIN_AND_PORTS_USE_NO_FRAMEWORK = noClasses()
            .that().resideInAnyPackage("..domain..", "..application.port..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.mapstruct..")
            .because("the inside of the hexagon does not know how it is wired, stored or mapped");

    public static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_ADAPTERS = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..adapter..")
            .because("adapters plug into the ports; the application never reaches out to them");

    public static final ArchRule INCOMING_AND_OUTGOING_PORTS_ARE_INDEPENDENT = CompositeArchRule
            .of(noClasses().that().resideInAPackage("..application.port.in..")
                    .should().dependOnClassesThat().resideInAPackage("..application.port.out.."))
            .and(noClasses().that().resideInAPackage("..application.port.out..")
                    .should().dependOnClassesThat().resideInAPackage("..application.port.in.."))
            .as("application.port.in and application.port.out do not depend on each other")
            .because("use cases and what they need from outside change for different reasons");

    /** One slice per pillar and adapter ({@code cooperation/in/web}), so sub-packages of an adapter stay its own. */
    public static final ArchRule ADAPTERS_DO_NOT_USE_EACH_OTHER = slices()
            .matching("..ploucs.(*).adapter.(*).(*)..")
            .namingSlices("$1 adapter.$2.$3")
            .should().notDependOnEachOther()
            .because("each adapter goes through the ports, so any one can be replaced alone");

    public static final ArchRule PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER = noClasses()
            .that().resideInAnyPackage(PILLARS)
            .and().resideOutsideOfPackage("..adapter.out.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.data..", "org.mapstruct..",
                    "org.springframework.jdbc..", "java.sql..", "javax.sql..")
            .because("Spring Data, MapStruct and SQL live only in adapter.out.persistence");

    public static final ArchRule CONTROLLERS_ONLY_IN_WEB_ADAPTER = classes()
            .that().resideInAnyPackage(PILLARS)
            .and(annotatedOrMetaAnnotatedWith(Controller.class))
            .should().resideInAPackage("..adapter.in.web..")
            .because("controllers are the web adapter of a pillar");

    public static final ArchRule EVENT_LISTENERS_ONLY_IN_EVENT_ADAPTER = methods()
            .that().areDeclaredInClassesThat().resideInAnyPackage(PILLARS)
            .and(annotatedOrMetaAnnotatedWith(ApplicationModuleListener.class)
                    .or(annotatedOrMetaAnnotatedWith(TransactionalEventListener.class))
                    .or(annotatedOrMetaAnnotatedWith(EventListener.class))
                    .as("are event listeners"))
            .should().beDeclaredInClassesThat().resideInAPackage("..adapter.in.event..")
            .because("listeners of other pillars' events are the event adapter of a pillar");

    public static final ArchRule MODULE_LISTENERS_DECLARE_A_STABLE_ID = methods()
            .that().areAnnotatedWith(ApplicationModuleListener.class)
            .should(declareANonBlankId())
            .because("the event publication registry stores the listener id: a derived id changes with a rename"
                    + " and orphans the publications still pending for the old one");

    public static final ArchRule EVENT_CONTRACTS_ARE_RECORDS = classes()
            .that().resideInAPackage(SHARED_KERNEL)
            .and().areAssignableTo(PloucsEvent.class)
            .and().areNotInterfaces()
            .should(beRecords())
            .because("an event is an immutable fact carried between pillars");

    public static final ArchRule SHARED_KERNEL_DEPENDS_ONLY_ON_JAVA = classes()
            .that().resideInAPackage(SHARED_KERNEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", SHARED_KERNEL)
            .because("the published language must not drag a framework or a pillar into every module");

    private ArchitectureRules() {
    }

    /** Every rule of this class, by field name. */
    public static Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        for (Field field : ArchitectureRules.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == ArchRule.class) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    /** A pillar with no classes (yet) breaks nothing; ArchitectureTest checks that the real pillars are imported. */
    private static ArchRule pillarDependsOnNoOther(String pillar, String... others) {
        return noClasses().that().resideInAPackage(pillar)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<CanBeAnnotated> annotatedOrMetaAnnotatedWith(
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return annotatedWith(annotation).or(metaAnnotatedWith(annotation))
                .as("are annotated with @" + annotation.getSimpleName());
    }

    private static final Pattern DOMAIN_ROOT = Pattern.compile("^(.*?\\.domain)(\\..*)?$");
    private static final PackageMatcher SHARED_KERNEL_PACKAGES = PackageMatcher.of(SHARED_KERNEL);

    /** Own domain means the {@code domain} package of the origin's pillar, not any package named domain. */
    private static ArchCondition<JavaClass> dependOnlyOnJavaTheSharedKernelAndTheirOwnDomain() {
        return new ArchCondition<>("depend only on java.., the shared kernel and their own pillar's domain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Matcher domainRoot = DOMAIN_ROOT.matcher(origin.getPackageName());
                String ownDomain = domainRoot.matches() ? domainRoot.group(1) : origin.getPackageName();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    boolean allowed = target.isPrimitive()
                            || pkg.equals("java") || pkg.startsWith("java.")
                            || SHARED_KERNEL_PACKAGES.matches(pkg)
                            || pkg.equals(ownDomain) || pkg.startsWith(ownDomain + ".");
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> declareANonBlankId() {
        return new ArchCondition<>("declare a non-blank id") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                JavaAnnotation<JavaMethod> listener = method.getAnnotationOfType(ApplicationModuleListener.class.getName());
                Optional<Object> id = listener.get("id");
                boolean declared = id.map(Object::toString).filter(value -> !value.isBlank()).isPresent();
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " has no id in " + method.getSourceCodeLocation()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.isRecord()) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " is not a record in " + javaClass.getSourceCodeLocation()));
                }
            }
        };
    }
}
