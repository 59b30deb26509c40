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
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
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

    /** The pillar's own shared package: {@code <pillar>.shared}. */
    static final String SHARED_FEATURE = "shared";

    /**
     * Features tolerated for now: {@code territory} is being moved out of cooperation into the shared kernel and
     * the app's web parts (issue 6, item 9); until then every feature may use it as the pillar's shared part.
     */
    static final java.util.Set<String> TOLERATED_AS_SHARED = java.util.Set.of("territory");

    private static String[] sharedParts() {
        return java.util.Arrays.stream(PILLARS)
                .map(pillar -> pillar.substring(0, pillar.length() - 2) + "." + SHARED_FEATURE + "..")
                .toArray(String[]::new);
    }

    public static final ArchRule PILLARS_DO_NOT_DEPEND_ON_EACH_OTHER = CompositeArchRule
            .of(pillarDependsOnNoOther(COOPERATION, ACCOMPANIMENT, AWARENESS))
            .and(pillarDependsOnNoOther(ACCOMPANIMENT, COOPERATION, AWARENESS))
            .and(pillarDependsOnNoOther(AWARENESS, COOPERATION, ACCOMPANIMENT))
            .as("no pillar depends on another pillar")
            .because("pillars talk only through the events of the shared kernel");

    /**
     * A feature ({@code fr.ploucs.<pillar>.<feature>}) reaches another feature of its pillar only through that
     * feature's {@code application.port.in} (use cases, their commands, queries and the views they return) and its
     * ids; what several features truly share lives in the pillar's {@code shared} package.
     */
    /** The app's web parts ({@code app/web-parts}) serve every pillar's pages and so know none. */
    public static final ArchRule WEB_PARTS_DEPEND_ON_NO_PILLAR = noClasses()
            .that().resideInAPackage("..ploucs.webparts..")
            .should().dependOnClassesThat().resideInAnyPackage(PILLARS)
            .because("every pillar depends on the web parts; a web part knowing a pillar would tie them all to it");

    public static final ArchRule FEATURES_MEET_ONLY_THROUGH_INCOMING_PORTS = classes()
            .that().resideInAnyPackage(PILLARS)
            .should(reachOtherFeaturesOnlyThroughIncomingPortsAndIds())
            .because("a feature can then be changed, split or removed without reading the others' insides");

    /**
     * Features of a pillar depend on each other one way only, even through incoming ports (Spring Modulith's
     * nested modules refuse such cycles too); when two features need each other, one listens to the other's events
     * or a contract in the pillar's shared package inverts the dependency.
     */
    public static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    return featureOf(javaClass.getPackageName())
                            .filter(feature -> !TOLERATED_AS_SHARED.contains(nameOf(feature)))
                            .map(SliceIdentifier::of)
                            .orElse(SliceIdentifier.ignore());
                }

                @Override
                public String getDescription() {
                    return "the features of each pillar";
                }
            })
            .should().beFreeOfCycles()
            .because("a cycle welds two features into one that no one can change or remove alone");

    /** The pillar's shared package is what features share: it cannot lean on any one feature. */
    public static final ArchRule PILLAR_SHARED_PART_DEPENDS_ON_NO_FEATURE = classes()
            .that().resideInAnyPackage(sharedParts())
            .should(dependOnNoFeatureOfTheirPillar())
            .because("what every feature uses must not drag one feature into all the others");

    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_SHARED_KERNEL_AND_OWN_DOMAIN = classes()
            .that().resideInAPackage("..domain..")
            .should(dependOnlyOnJavaTheSharedKernelAndTheirOwnDomain())
            .because("the domain is plain Java, testable and reusable without any framework, adapter or other"
                    + " feature");

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

    /**
     * One slice per feature and adapter ({@code cooperation.members adapter.in.web}), so sub-packages of an
     * adapter stay its own: an adapter uses neither the other adapters of its feature nor any adapter of another
     * feature. The pillar's shared web parts ({@code <pillar>.shared.adapter.in.web}) are the exception web
     * adapters may use.
     */
    public static final ArchRule ADAPTERS_DO_NOT_USE_EACH_OTHER = slices()
            .matching("..ploucs.(*).(*).adapter.(*).(*)..")
            .namingSlices("$1.$2 adapter.$3.$4")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("..adapter.in.web.."),
                    resideInAnyPackage(sharedWebParts()))
            .ignoreDependency(resideInAnyPackage(toleratedFeatures()), DescribedPredicate.alwaysTrue())
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAnyPackage(toleratedFeatures()))
            .because("each adapter goes through the ports, so any one can be replaced alone");

    public static final ArchRule WEB_ADAPTERS_USE_ONLY_INCOMING_PORTS = noClasses()
            .that().resideInAPackage("..adapter.in.web..")
            .should().dependOnClassesThat(resideInAPackage("..application..")
                    .and(resideOutsideOfPackage("..application.port.in.."))
                    .as("belong to the application outside application.port.in"))
            .because("a page calls use cases; the services behind them and what they need from outside can change"
                    + " without the page knowing");

    /** Counted on top-level classes: a package over this has grown a feature of its own. */
    static final int MOST_CLASSES_IN_A_PACKAGE = 25;

    public static final ArchRule NO_PACKAGE_HOLDS_MORE_THAN_ABOUT_25_CLASSES = classes()
            .that().resideInAPackage("..ploucs..")
            .should(beInAPackageOfAtMost(MOST_CLASSES_IN_A_PACKAGE))
            .because("a package a newcomer cannot read in one sitting hides the features inside it");

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

    private static String[] toleratedFeatures() {
        return TOLERATED_AS_SHARED.stream().map(feature -> "..ploucs.*." + feature + "..").toArray(String[]::new);
    }

    private static String[] sharedWebParts() {
        return java.util.Arrays.stream(PILLARS)
                .map(pillar -> pillar.substring(0, pillar.length() - 2) + "." + SHARED_FEATURE + ".adapter.in.web..")
                .toArray(String[]::new);
    }

    /** {@code <anything>.ploucs.<pillar>.<feature>[.<rest>]}: group 1 the pillar's package, 3 the feature. */
    private static final Pattern FEATURE = Pattern.compile(
            "^(.*\\.?ploucs\\.(cooperation|accompaniment|awareness))\\.([^.]+)(\\..*)?$");

    /** The feature a package belongs to, as {@code <pillar package>.<feature>}, or empty outside any feature. */
    static Optional<String> featureOf(String packageName) {
        Matcher matcher = FEATURE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1) + "." + matcher.group(3)) : Optional.empty();
    }

    private static String pillarOf(String feature) {
        return feature.substring(0, feature.lastIndexOf('.'));
    }

    private static String nameOf(String feature) {
        return feature.substring(feature.lastIndexOf('.') + 1);
    }

    private static boolean isSharedPart(String feature) {
        return nameOf(feature).equals(SHARED_FEATURE);
    }

    private static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    private static ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughIncomingPortsAndIds() {
        return new ArchCondition<>("reach another feature of their pillar only through its application.port.in,"
                + " its ids (domain types named *Id) or the pillar's shared package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = featureOf(origin.getPackageName());
                if (own.isEmpty() || TOLERATED_AS_SHARED.contains(nameOf(own.get()))) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    Optional<String> other = featureOf(pkg);
                    if (other.isEmpty() || other.equals(own) || !pillarOf(other.get()).equals(pillarOf(own.get()))
                            || isSharedPart(other.get()) || TOLERATED_AS_SHARED.contains(nameOf(other.get()))) {
                        continue;
                    }
                    boolean allowed = within(pkg, other.get() + ".application.port.in")
                            || (within(pkg, other.get() + ".domain") && target.getSimpleName().endsWith("Id"));
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnNoFeatureOfTheirPillar() {
        return new ArchCondition<>("depend on no feature of their pillar") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = featureOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> other = featureOf(dependency.getTargetClass().getBaseComponentType().getPackageName());
                    if (own.isPresent() && other.isPresent() && !other.equals(own)
                            && pillarOf(other.get()).equals(pillarOf(own.get()))
                            && !TOLERATED_AS_SHARED.contains(nameOf(other.get()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beInAPackageOfAtMost(int most) {
        return new ArchCondition<>("be in a package of at most " + most + " top-level classes") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.isTopLevelClass() || javaClass.isArray()
                        || javaClass.getSimpleName().equals("package-info")) {
                    return;
                }
                long count = javaClass.getPackage().getClasses().stream()
                        .filter(other -> other.isTopLevelClass() && !other.isArray())
                        .filter(other -> !other.getSimpleName().equals("package-info"))
                        .count();
                if (count > most) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is one of the "
                            + count + " classes of " + javaClass.getPackageName()));
                }
            }
        };
    }

    private static DescribedPredicate<CanBeAnnotated> annotatedOrMetaAnnotatedWith(
            Class<? extends java.lang.annotation.Annotation> annotation) {
        return annotatedWith(annotation).or(metaAnnotatedWith(annotation))
                .as("are annotated with @" + annotation.getSimpleName());
    }

    private static final Pattern DOMAIN_ROOT = Pattern.compile("^(.*?\\.domain)(\\..*)?$");
    private static final PackageMatcher SHARED_KERNEL_PACKAGES = PackageMatcher.of(SHARED_KERNEL);

    /**
     * Own domain means the {@code domain} package of the origin's feature, not any package named domain; the
     * pillar's shared domain ({@code <pillar>.shared.domain}) is every feature's.
     */
    private static ArchCondition<JavaClass> dependOnlyOnJavaTheSharedKernelAndTheirOwnDomain() {
        return new ArchCondition<>("depend only on java.., the shared kernel, their own feature's domain and their"
                + " pillar's shared domain") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Matcher domainRoot = DOMAIN_ROOT.matcher(origin.getPackageName());
                String ownDomain = domainRoot.matches() ? domainRoot.group(1) : origin.getPackageName();
                Optional<String> sharedDomain = featureOf(origin.getPackageName())
                        .map(feature -> pillarOf(feature) + "." + SHARED_FEATURE + ".domain");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    boolean allowed = target.isPrimitive()
                            || pkg.equals("java") || pkg.startsWith("java.")
                            || SHARED_KERNEL_PACKAGES.matches(pkg)
                            || within(pkg, ownDomain)
                            || sharedDomain.filter(shared -> within(pkg, shared)).isPresent()
                            || featureOf(pkg).filter(feature -> TOLERATED_AS_SHARED.contains(nameOf(feature))
                                    && within(pkg, feature + ".domain")).isPresent();
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
