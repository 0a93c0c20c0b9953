package latente.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness stays outside the product: no class of runtime, render, audio, the
 * language or the command line refers to the bench module, which only plugs its commands in.
 */
class BenchLayeringTest {
    @Test
    void noProductCodeDependsOnTheBenchModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("latente");
        noClasses().that().resideInAnyPackage("latente.runtime..", "latente.render..", "latente.audio..", "latente.dsl..", "latente.cli..")
                .should().dependOnClassesThat().resideInAPackage("latente.bench..")
                .check(classes);
    }
}
