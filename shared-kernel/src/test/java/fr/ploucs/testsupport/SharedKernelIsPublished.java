package fr.ploucs.testsupport;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterfaces;

import java.util.stream.Stream;

/**
 * How Spring Modulith finds the modules of PLOUCS in the tests that verify them (the app's {@code ModularityTests}
 * and every pillar's {@code @ApplicationModuleTest}): the direct sub-packages of {@code fr.ploucs}, as by default,
 * except that the whole shared kernel is published language, its sub-packages included
 * ({@code fr.ploucs.sharedkernel.territory}): by default only a module's base package is its API. The shared kernel
 * cannot say so itself with Modulith's {@code @NamedInterface}, since it uses no Spring at all.
 * Selected with {@code spring.modulith.detection-strategy} in the tests' {@code application.properties}.
 */
public class SharedKernelIsPublished implements ApplicationModuleDetectionStrategy {

    private static final String SHARED_KERNEL = "fr.ploucs.sharedkernel";

    private final ApplicationModuleDetectionStrategy modules = ApplicationModuleDetectionStrategy.directSubPackage();

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage basePackage) {
        return modules.getModuleBasePackages(basePackage);
    }

    @Override
    public NamedInterfaces detectNamedInterfaces(JavaPackage basePackage, ApplicationModuleInformation information) {
        return basePackage.getName().equals(SHARED_KERNEL)
                ? NamedInterfaces.forOpen(basePackage)
                : ApplicationModuleDetectionStrategy.super.detectNamedInterfaces(basePackage, information);
    }
}
