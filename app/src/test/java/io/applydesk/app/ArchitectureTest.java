package io.applydesk.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the dependency direction of DESIGN.md: {@code app → automation → core}, {@code app → core};
 * core free of JavaFX and Playwright, automation free of JavaFX.
 */
@AnalyzeClasses(packages = "io.applydesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesNoJavaFx = noClasses().that().resideInAPackage("io.applydesk.core..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("core is plain Java: the UI binds to it, not the other way round");

    @ArchTest
    static final ArchRule coreUsesNoPlaywright = noClasses().that().resideInAPackage("io.applydesk.core..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.playwright..")
            .because("core owns the engine port; automation implements it with Playwright");

    @ArchTest
    static final ArchRule automationUsesNoJavaFx = noClasses().that().resideInAPackage("io.applydesk.automation..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("automation runs on worker threads and in the CLI, without a UI");

    @ArchTest
    static final ArchRule coreDependsOnNeitherAutomationNorApp = noClasses()
            .that().resideInAPackage("io.applydesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.applydesk.automation..", "io.applydesk.app..")
            .because("dependencies point one way: app → automation → core");

    @ArchTest
    static final ArchRule automationDoesNotDependOnApp = noClasses()
            .that().resideInAPackage("io.applydesk.automation..")
            .should().dependOnClassesThat().resideInAPackage("io.applydesk.app..")
            .because("dependencies point one way: app → automation → core");
}
