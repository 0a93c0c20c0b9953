package latente.dsl.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.eval.Evaluator;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Performer code cannot escape the show by accident: threads, exit, other programs, reflection
 * and the engine are refused with a message naming what and why, and the show keeps its scene.
 */
class SandboxTest {
    private final Engine engine = Shows.engine(new PrintStream(new ByteArrayOutputStream()));

    private String refused(String code) {
        assertTrue(engine.evaluateSet("osc(10).out(o0)", "set.groovy").ok());
        EvalResult r = engine.evaluateBlock(code, "repl");
        assertFalse(r.ok(), code + " must be refused");
        assertNotNull(engine.scene().output(0), "the scene keeps running");
        return r.error();
    }

    @Test
    void theEngineIsNotReachableSoAScriptCannotSwitchOffItsOwnWatchdog() {
        double limit = engine.evaluator().limitSeconds();
        assertEquals("repl:1:1: 'engine' is not allowed in a set: a set talks to the show through the language's words; the engine "
                + "and the evaluator behind them are not reachable from a set (to allow it, start the show with --trust-set)\n"
                + "    engine().evaluator().limitSeconds(1e9)\n    ^", refused("engine().evaluator().limitSeconds(1e9)"));
        assertTrue(refused("showControl().evaluator()").contains("'showControl' is not allowed in a set"));
        assertTrue(refused("def e = this.'engine'()\ne.evaluator().limitSeconds(1e9)").contains("'engine' is not allowed"));
        assertTrue(refused("def n = 'eng' + 'ine'\nthis.\"$n\"().evaluator().limitSeconds(1e9)")
                .contains("a method or property named at run time (\"$name\") is not allowed"));
        assertTrue(refused("binding.variables.each { println it }").contains("'binding' is not allowed"));
        assertTrue(refused("def k = 'bind' + 'ing'\nthis[k].variables").contains("'binding' is not allowed"));
        assertTrue(refused("audio.@engine").contains("reading a field directly (.@) is not allowed"));
        assertTrue(refused("def k = 'eng' + 'ine'\naudio[k].evaluator().limitSeconds(1e9)").contains("is not allowed in a set"));
        assertEquals(limit, engine.evaluator().limitSeconds(), "the limit is untouched");
    }

    @Test
    void threadsAndExecutorsAreRefused() {
        assertEquals("repl:1:1: Thread is not allowed in a set: a thread or task started by a set keeps running outside the show's "
                + "watchdogs and can starve the picture; use closures, on.beat or scene() instead (to allow it, start the show with "
                + "--trust-set)\n    Thread.start { while (true) {} }\n    ^", refused("Thread.start { while (true) {} }"));
        assertTrue(refused("new Thread({ while (true) {} }).start()").contains("is not allowed in a set: a thread"));
        assertTrue(refused("java.util.concurrent.Executors.newFixedThreadPool(2)").contains("Executors is not allowed"));
        assertTrue(refused("import java.util.concurrent.*\nExecutors.newCachedThreadPool()").contains("not allowed"));
        assertTrue(refused("(1..10).parallelStream().forEach { }").contains("'parallelStream' is not allowed"));
        assertTrue(refused("def t = ('java.lang.Th' + 'read') as Class\nt.start { }").contains("Class is not allowed"));
    }

    @Test
    void exitProcessesAndReflectionAreRefused() {
        assertTrue(refused("System.exit(0)").startsWith("repl:1:8: 'exit' is not allowed in a set: it would end the whole show"));
        assertTrue(refused("Runtime.getRuntime().halt(0)").contains("is not allowed in a set"));
        assertTrue(refused("'ls'.execute()").contains("'execute' is not allowed in a set: it would start another program"));
        assertTrue(refused("new ProcessBuilder('ls').start()").contains("ProcessBuilder is not allowed"));
        assertTrue(refused("def s = System\ns.setProperty('x', 'y')").contains("'setProperty' is not allowed"));
        assertTrue(refused("this.class.classLoader").contains("'classLoader' is not allowed"));
        assertTrue(refused("evaluate('1 + 1')").contains("'evaluate' is not allowed"));
        assertTrue(refused("this.class.methods[0].name").contains("'methods' is not allowed"));
        assertTrue(refused("o0.getClass().getConstructor().newInstance()").contains("'getConstructor' is not allowed"));
        assertTrue(refused("@groovy.transform.ASTTest(value = { System.exit(0) })\ndef x = 1")
                .contains("the annotation @ASTTest is not allowed in a set"));
        assertTrue(refused("new URL('http://example.com').text").contains("URL is not allowed in a set: a show never uses the network"));
    }

    @Test
    void theLanguageItselfStillWorks() {
        EvalResult r = engine.evaluateSet("""
                tempo 124
                def speedUp = { x -> x * 2 }
                osc(speedUp(6), 0.1).rotate({ time * 0.1 + Math.sin(beat) }).out(o1)
                [1, 2, 3].each { n -> noise(n).out(o2) }
                scene('drop') { src(o1).invert().out(o0) }
                on.beat { b -> if (b % 4 == 0) println "bar" }
                println System.currentTimeMillis() > 0
                render(o1)""", "set.groovy");
        assertTrue(r.ok(), r.error());
        assertTrue(engine.cue("drop").ok());
    }

    @Test
    void aTrustedSetMayUseEverything() {
        Sandbox.trust(true);
        try {
            Engine trusted = Shows.engine(new PrintStream(new ByteArrayOutputStream()));
            EvalResult r = trusted.evaluateSet("showControl().bpm(137)\ndef t = Thread.start { }\nt.join()", "set.groovy");
            assertTrue(r.ok(), r.error());
            assertEquals(137, trusted.bpm());
        } finally {
            Sandbox.trust(false);
        }
        assertEquals(Evaluator.DEFAULT_LIMIT_SECONDS, engine.evaluator().limitSeconds());
    }
}
