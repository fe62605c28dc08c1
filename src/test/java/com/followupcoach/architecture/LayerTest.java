package com.followupcoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: the core never sees JavaFX, the engine never sees the rest, the
 * shared vocabulary (criteria, statuses, findings, scenarios) depends on nothing of ours, and
 * no two packages depend on each other.
 */
class LayerTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.followupcoach");
    }

    @Test
    void theCoreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "com.followupcoach.scoring..", "com.followupcoach.lessons..", "com.followupcoach.progress..",
                        "com.followupcoach.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.reactfx..",
                        "atlantafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void theEngineStandsAlone() {
        noClasses().that().resideInAPackage("com.followupcoach.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.followupcoach.lessons..", "com.followupcoach.progress..", "com.followupcoach.ui..",
                        "com.followupcoach.cli..", "com.followupcoach.app..", "java.sql..")
                .check(classes);
    }

    @Test
    void viewsNeverTouchSqlOrFiles() {
        noClasses().that().resideInAPackage("com.followupcoach.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.followupcoach.progress..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .check(classes);
    }

    @Test
    void theVocabularyDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("com.followupcoach.vocabulary..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.followupcoach.scoring..", "com.followupcoach.lessons..", "com.followupcoach.progress..",
                        "com.followupcoach.ui..", "com.followupcoach.cli..", "com.followupcoach.app..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("com.followupcoach.(**)").should().beFreeOfCycles().check(classes);
    }
}
