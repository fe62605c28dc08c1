package com.followupcoach.scoring.behaviour;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The suite reaches the engine through one adapter only, so that when the engine's types
 * move package (issue 9 gives them one of their own) no generator or test needs editing.
 */
class AdapterBoundaryTest {

    @Test
    void onlyTheAdapterTouchesTheApplication() {
        noClasses().that().resideInAPackage("com.followupcoach.scoring.behaviour..")
                .and().doNotHaveSimpleName("EngineAdapter")
                .should().dependOnClassesThat(resideInAPackage("com.followupcoach..")
                        .and(resideOutsideOfPackage("com.followupcoach.scoring.behaviour..")))
                .check(new ClassFileImporter().importPackages("com.followupcoach.scoring.behaviour"));
    }
}
