package fr.ploucs.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.util.regex.Pattern;

/**
 * Keeps test code out of the architecture checks. The shared kernel's test support ({@code fr.ploucs.testsupport})
 * reaches the app's test class path as {@code shared-kernel-*-tests.jar} when the app module is built alone, and as
 * {@code shared-kernel/target/test-classes} in a reactor build: the first is not recognised by
 * {@link ImportOption.DoNotIncludeTests}, and Modulith would otherwise report it as an application module.
 */
public final class DoNotIncludeTestSupport implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    private final ImportOption doNotIncludeTests = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return doNotIncludeTests.includes(location) && !location.matches(TEST_JAR);
    }
}
