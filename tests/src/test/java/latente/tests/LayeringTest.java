package latente.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the README describes, checked on the compiled classes: dependencies point inward
 * (runtime ← render, audio ← dsl), the runtime knows neither GL nor Groovy, and its pure core (the
 * bus, scenes, patterns, signals, the clock, JSON, the ONNX writer, the log) touches no socket,
 * no process and no device, so it can be reasoned about and tested without any of them.
 */
class LayeringTest {
    static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("latente");
    }

    @Test
    void theRuntimeDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("latente.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("latente.render..", "latente.audio..", "latente.dsl..", "latente.cli..")
                .check(classes);
    }

    @Test
    void renderAndAudioDoNotKnowTheLanguageOrEachOther() {
        noClasses().that().resideInAPackage("latente.render..")
                .should().dependOnClassesThat().resideInAnyPackage("latente.audio..", "latente.dsl..", "latente.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("latente.audio..")
                .should().dependOnClassesThat().resideInAnyPackage("latente.render..", "latente.dsl..", "latente.cli..")
                .check(classes);
    }

    @Test
    void theRuntimeKnowsNeitherGlNorGroovy() {
        noClasses().that().resideInAPackage("latente.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.lwjgl..", "groovy..", "org.codehaus.groovy..", "org.apache.groovy..")
                .check(classes);
    }

    @Test
    void theRuntimesPureCoreTouchesNoSocketProcessOrDevice() {
        noClasses().that().resideInAnyPackage("latente.runtime.bus..", "latente.runtime.scene..", "latente.runtime.pattern..",
                        "latente.runtime.signal..", "latente.runtime.clock..", "latente.runtime.json..", "latente.runtime.onnx..",
                        "latente.runtime.log..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.channels..", "javax.sound..", "org.lwjgl..")
                .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
                .check(classes);
    }
}
