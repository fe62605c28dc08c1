package com.followupcoach.lessons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lesson model and loader are core: no JavaFX, so they load and test without a screen. */
class LessonsArchitectureTest {

    @Test
    void lessonsNeverTouchJavaFx() {
        noClasses().that().resideInAPackage("com.followupcoach.lessons..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.followupcoach.lessons"));
    }
}
