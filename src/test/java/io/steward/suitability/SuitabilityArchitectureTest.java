package io.steward.suitability;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine is pure Java (DESIGN §2: "the policy engine (pure Java, no Spring, no I/O)"): it depends on
 * nothing but the JDK, reads no clock, no environment and no randomness, so a stored decision replays.
 * The module's persistence of policy versions ({@code versions}) and its pages and API ({@code web}) are the
 * only parts allowed Spring and I/O; the engine never reaches into them.
 */
class SuitabilityArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.steward.suitability");

    /** The module's persistence and web sides: Spring and I/O are theirs, the engine's packages stay pure. */
    private static final String[] PERSISTENCE_AND_WEB = {"io.steward.suitability.versions..", "io.steward.suitability.web.."};

    /** Calls that make a result depend on when or where it was computed. */
    private static final Set<String> IMPURE_CALLS = Set.of(
            "java.lang.System.currentTimeMillis", "java.lang.System.nanoTime", "java.lang.System.getenv",
            "java.lang.System.getProperty", "java.lang.System.getProperties", "java.lang.Math.random",
            "java.lang.StrictMath.random");

    @Test
    void the_engine_depends_on_nothing_but_the_jdk() {
        classes().that().resideInAPackage("io.steward.suitability..").and().resideOutsideOfPackages(PERSISTENCE_AND_WEB)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.steward.suitability..")
                .because("suitability depends on nobody: no Spring, no other Steward module, no library")
                .check(ENGINE);
    }

    @Test
    void the_engine_does_no_io() {
        noClasses().that().resideInAPackage("io.steward.suitability..").and().resideOutsideOfPackages(PERSISTENCE_AND_WEB)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
                        "java.lang.reflect..", "java.util.concurrent..", "java.util.random..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .because("a decision is a pure function of its input and the policy version")
                .check(ENGINE);
    }

    @Test
    void the_engine_never_reads_a_clock() {
        noClasses().that().resideInAPackage("io.steward.suitability..").and().resideOutsideOfPackages(PERSISTENCE_AND_WEB)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethodWhere(new DescribedPredicate<JavaCall<?>>("now() on any java.time type") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return call.getName().equals("now") && call.getTargetOwner().getPackageName().startsWith("java.time");
                    }
                })
                .orShould().callMethodWhere(new DescribedPredicate<JavaCall<?>>("System.currentTimeMillis, nanoTime, getenv, getProperty, Math.random") {
                    @Override
                    public boolean test(JavaCall<?> call) {
                        return IMPURE_CALLS.contains(call.getTargetOwner().getFullName() + "." + call.getName());
                    }
                })
                .because("the decision date comes in the input; time from a clock would make replay impossible")
                .check(ENGINE);
    }

    @Test
    void the_engine_never_reaches_into_the_persistence_or_the_web_side() {
        noClasses().that().resideInAPackage("io.steward.suitability..").and().resideOutsideOfPackages(PERSISTENCE_AND_WEB)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE_AND_WEB)
                .because("the engine and its facade stay plain Java; the versions implement them, not the reverse")
                .check(ENGINE);
    }

    @Test
    void the_rules_are_internal_to_the_module() {
        classes().that().resideInAPackage("io.steward.suitability.rules..")
                .should().onlyBeAccessed().byAnyPackage("io.steward.suitability..")
                .check(new ClassFileImporter().importPackages("io.steward"));
    }
}
