package latente.dsl.eval;

import groovy.lang.Binding;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import groovy.transform.ThreadInterrupt;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import latente.dsl.lang.LatenteScript;
import latente.dsl.show.EvalResult;
import latente.dsl.show.ScriptRunner;
import latente.dsl.show.ShowControl;
import org.codehaus.groovy.control.CompilerConfiguration;
import latente.dsl.sandbox.Sandbox;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Compiles and runs performer code with the language's base class and imports, under a time
 * limit, and turns every failure into one readable message. {@code while (true) {}} is stopped
 * by a watchdog that interrupts the evaluating thread; {@link ThreadInterrupt} makes loops,
 * methods and closures check the interrupt flag. (TimedInterrupt would not do: its deadline is
 * fixed when the script starts, so closures the script leaves behind would time out later on the
 * control thread.) The same flag lets the control thread's watchdog stop a per-frame closure.
 *
 * <p>Top-level variables, with or without {@code def} (see {@link TopLevelDefs}), live in the
 * shared binding, so a REPL block can use what an earlier block or the set named
 * ({@code def garden = osc(4)} then {@code garden.out(o1)}). A failing evaluation leaves the
 * binding as it found it.
 *
 * <p>Thread contract: see {@link ScriptRunner} (called by the engine with its evaluation lock held).
 */
public final class Evaluator implements ScriptRunner {
    /** Default limit for one evaluation, in seconds; {@code -Dlatente.evalLimitSeconds} overrides. */
    public static final double DEFAULT_LIMIT_SECONDS = 2;

    private final GroovyShell shell;
    private final ShowControl show;
    /**
     * Compiled scripts by origin and text: re-sending a block (a performer toggling between two
     * versions, a watcher re-reading an unchanged set) skips the Groovy compiler. Access order,
     * at most {@link #CACHED} entries; guarded by the engine's evaluation lock.
     */
    private final Map<String, Class<? extends Script>> compiled = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Class<? extends Script>> eldest) {
            return size() > CACHED;
        }
    };
    private static final int CACHED = 128;
    /** Synchronized: closures on the control thread read performer variables while blocks add new ones. */
    private final Binding binding = new Binding(Collections.synchronizedMap(new LinkedHashMap<>()));
    private volatile long heapLimitBytes = HeapWatch.defaultLimitBytes();
    private static final long HEAP_POLL_MILLIS = 10;
    private volatile long limitMillis = Math.round(
            Double.parseDouble(System.getProperty("latente.evalLimitSeconds", String.valueOf(DEFAULT_LIMIT_SECONDS))) * 1000);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latente-eval-watchdog");
        t.setDaemon(true);
        return t;
    });

    public Evaluator(ShowControl show) {
        this.show = show;
        shell = new GroovyShell(Evaluator.class.getClassLoader(), binding, configuration());
    }

    /** The language's base class and imports, the sandbox's checks (see {@link Sandbox}), then the interrupt checks. */
    private static CompilerConfiguration configuration() {
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(LatenteScript.class.getName());
        config.addCompilationCustomizers(imports(), new ScriptClassName(), new TopLevelDefs());
        config.addCompilationCustomizers(Sandbox.customizers().toArray(new CompilationCustomizer[0]));
        config.addCompilationCustomizers(new ASTTransformationCustomizer(ThreadInterrupt.class));
        return config;
    }

    /**
     * Compiles (never runs) a few typical blocks on a low-priority daemon thread with a shell of
     * its own, so the JIT has seen the Groovy compiler before the performer's first blocks: the
     * first evaluations after start-up otherwise take several times longer than later ones.
     */
    public static void warmUpInBackground(int rounds) {
        Thread t = new Thread(() -> {
            GroovyShell warm = new GroovyShell(Evaluator.class.getClassLoader(), new Binding(), configuration());
            for (int i = 0; i < rounds; i++) {
                try {
                    warm.parse("osc(" + i + ", 0.1, 1.2).kaleid(4).rotate({ time * 0.1 }).out(o1)\n"
                            + "src(o1).modulate(noise(3), 0." + i + ").blend(src(o0), [0.1, 0.5]).out(o0)\nrender(o0)\n"
                            + "scene('s" + i + "') { tempo 120 + " + i + " }", "warmup" + i + ".groovy");
                } catch (RuntimeException ignored) {
                    return; // warming up is an optimisation; any problem here will show in real evaluations
                }
            }
        }, "latente-eval-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** What every set and block sees without writing an import. */
    static ImportCustomizer imports() {
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports("latente.dsl.lang");
        imports.addStaticStars("java.lang.Math");
        return imports;
    }

    @Override
    public void limitSeconds(double seconds) {
        if (!(seconds > 0)) throw new IllegalArgumentException("the evaluation limit must be positive, got " + seconds);
        limitMillis = Math.round(seconds * 1000);
    }

    @Override
    public double limitSeconds() {
        return limitMillis / 1000.0;
    }

    @Override
    public EvalResult run(String code, String origin) {
        binding.setVariable(LatenteScript.ORIGIN, origin);
        Script script;
        String key = origin + '\u0000' + code;
        try {
            Class<? extends Script> known = compiled.get(key);
            if (known != null) {
                script = InvokerHelper.createScript(known, binding);
            } else {
                script = shell.parse(new GroovyCodeSource(HydraSyntax.rewrite(code), origin, "/latente/set"));
                compiled.put(key, script.getClass());
            }
            ((LatenteScript) script).attach(show);
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
            return EvalResult.error(ErrorMessages.compile(t, code, origin));
        }
        return guarded(script::run, code, origin);
    }

    @Override
    public EvalResult call(Supplier<?> body, String code, String origin) {
        binding.setVariable(LatenteScript.ORIGIN, origin);
        return guarded(body::get, code, origin);
    }

    /**
     * How much one evaluation may grow the long-lived heap (see {@link HeapWatch}); Java only, a
     * set cannot reach it. Default: 512 MB, or a third of a smaller heap.
     */
    @Override
    public void heapLimitBytes(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the heap limit must be positive, got " + bytes);
        heapLimitBytes = bytes;
    }

    private EvalResult guarded(Supplier<Object> body, String code, String origin) {
        Map<String, Object> before = variables();
        EvalResult result = watched(body, code, origin);
        if (!result.ok()) restore(before);
        return result;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> variables() {
        Map<String, Object> vars = binding.getVariables();
        synchronized (vars) {
            return new LinkedHashMap<>(vars);
        }
    }

    /** Undoes the names a failed evaluation assigned (in one step, as closures on the control thread read them). */
    @SuppressWarnings("unchecked")
    private void restore(Map<String, Object> before) {
        Map<String, Object> vars = binding.getVariables();
        synchronized (vars) {
            vars.clear();
            vars.putAll(before);
        }
    }

    private EvalResult watched(Supplier<Object> body, String code, String origin) {
        Thread self = Thread.currentThread();
        // done and timedOut change under the same lock, so the watchdog can never interrupt
        // the thread after the evaluation has finished (a stale interrupt would break the wait
        // for the render thread's verdict that follows).
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicBoolean tooBig = new AtomicBoolean();
        long limit = limitMillis;
        java.util.Set<String> knownNames = new java.util.HashSet<>(variableNames());
        HeapWatch heap = new HeapWatch(heapLimitBytes);
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            synchronized (done) {
                if (done.get()) return;
                timedOut.set(true);
                self.interrupt();
            }
        }, limit, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> memory = WATCHDOG.scheduleWithFixedDelay(() -> {
            synchronized (done) {
                if (done.get() || tooBig.get() || !heap.exceeded()) return;
                tooBig.set(true);
                self.interrupt();
            }
        }, HEAP_POLL_MILLIS, HEAP_POLL_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return EvalResult.success(body.get());
        } catch (Throwable t) {
            // Endless recursion and one huge allocation are the performer's, and the heap or stack is
            // whole again once they unwind; any other JVM failure is real and goes up.
            boolean recoverable = t instanceof StackOverflowError || t instanceof OutOfMemoryError;
            if (t instanceof VirtualMachineError && !recoverable) throw (VirtualMachineError) t;
            if (tooBig.get() || t instanceof OutOfMemoryError) forgetNewVariables(knownNames); // what it kept goes too
            if (tooBig.get()) {
                return EvalResult.error(ErrorMessages.stopped(t, code, origin, String.format(java.util.Locale.ROOT,
                        "evaluation stopped: it kept more memory than one evaluation may (%d MB); the show goes on with the "
                                + "previous code", heapLimitBytes >> 20)));
            }
            return EvalResult.error(ErrorMessages.runtime(t, code, origin, timedOut.get(), limit));
        } finally {
            watchdog.cancel(false);
            memory.cancel(false);
            synchronized (done) {
                done.set(true);
                Thread.interrupted();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private java.util.Set<String> variableNames() {
        Map<String, Object> vars = binding.getVariables();
        synchronized (vars) {
            return new java.util.HashSet<>(vars.keySet());
        }
    }

    private void forgetNewVariables(java.util.Set<String> known) {
        for (String name : variableNames()) if (!known.contains(name)) binding.removeVariable(name);
    }
}
