package latente.tests;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
 *
 * <p>Inside the dsl module the packages form no cycle: the language ({@code lang}, {@code eval})
 * talks to the show only through {@code latente.dsl.show}, the engine runs code only through
 * the same package's {@code ScriptRunner} and knows no Groovy, and {@code latente.dsl.wiring}
 * is the one place that connects the two.
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
                .orShould().callMethodWhere(target(name("exec")).and(target(owner(equivalentTo(Runtime.class)))))
                .check(classes);
    }

    @Test
    void theDslPackagesFormNoCycle() {
        slices().matching("latente.dsl.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theEngineKnowsNoGroovyAndNoLanguage() {
        noClasses().that().resideInAPackage("latente.dsl.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("groovy..", "org.codehaus.groovy..", "org.apache.groovy..",
                        "latente.dsl.lang..", "latente.dsl.eval..", "latente.dsl.sandbox..", "latente.dsl.wiring..")
                .check(classes);
    }

    @Test
    void theLanguageSeesTheShowOnlyThroughShowControl() {
        noClasses().that().resideInAnyPackage("latente.dsl.lang..", "latente.dsl.eval..", "latente.dsl.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("latente.dsl.engine..", "latente.dsl.live..", "latente.dsl.port..",
                        "latente.dsl.repl..", "latente.dsl.wiring..", "latente.cli..")
                .check(classes);
    }

    /**
     * The sandbox is not forbidden here: the control loop's memory guard reads the sandbox's
     * {@code MemoryMeter} (plain Java), the same meter the evaluator's watchdog uses.
     */
    @Test
    void theShowPortAndWhatItExposesKnowNeitherEngineNorLanguage() {
        noClasses().that().resideInAnyPackage("latente.dsl.show..", "latente.dsl.control..", "latente.dsl.latent..")
                .should().dependOnClassesThat().resideInAnyPackage("latente.dsl.engine..", "latente.dsl.lang..", "latente.dsl.eval..",
                        "latente.dsl.wiring..", "groovy..", "org.codehaus.groovy..", "org.apache.groovy..")
                .check(classes);
    }
}
