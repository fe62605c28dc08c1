package com.followupcoach.progress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The progress store is core: no JavaFX, and it knows nothing of the UI or the app. */
class ProgressArchitectureTest {

    private final JavaClasses progress = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.followupcoach.progress");

    @Test
    void theClassesWereFound() {
        // guards the rules below against passing on an empty import
        Assertions.assertThat(progress.contain(ProgressStore.class)).isTrue();
    }

    @Test
    void progressNeverUsesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..").check(progress);
    }

    @Test
    void progressDependsOnNoUiOrAppOrCommandLine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.followupcoach.ui..", "com.followupcoach.app..", "com.followupcoach.cli..")
                .check(progress);
    }
}
