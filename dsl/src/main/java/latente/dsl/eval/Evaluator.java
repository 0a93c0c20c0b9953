package latente.dsl.eval;

import groovy.lang.Binding;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import groovy.transform.ThreadInterrupt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import latente.dsl.engine.Engine;
import latente.dsl.lang.LatenteScript;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * Compiles and runs performer code with the language's base class and imports, under a time
 * limit, and turns every failure into one readable message. {@code while (true) {}} is stopped
 * by a watchdog that interrupts the evaluating thread; {@link ThreadInterrupt} makes loops and
 * closures check the interrupt flag. (TimedInterrupt would not do: its deadline is fixed when the
 * script starts, so closures the script leaves behind would time out later on the control
 * thread.)
 * Thread contract: called by {@link Engine} with its evaluation lock held.
 */
public final class Evaluator {
    /** Default limit for one evaluation, in seconds; {@code latente.evalLimitSeconds} overrides. */
    public static final long DEFAULT_LIMIT_SECONDS = 2;

    private final Engine engine;
    private final GroovyShell shell;
    private final Binding binding = new Binding();
    private final long limitMillis = Long.getLong("latente.evalLimitSeconds", DEFAULT_LIMIT_SECONDS) * 1000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latente-eval-watchdog");
        t.setDaemon(true);
        return t;
    });

    public Evaluator(Engine engine) {
        this.engine = engine;
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(LatenteScript.class.getName());
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStarImports("latente.dsl.lang");
        config.addCompilationCustomizers(imports, new ASTTransformationCustomizer(ThreadInterrupt.class));
        shell = new GroovyShell(Evaluator.class.getClassLoader(), binding, config);
        binding.setVariable(LatenteScript.ENGINE, engine);
    }

    public EvalResult run(String code, String origin) {
        binding.setVariable(LatenteScript.ORIGIN, origin);
        Script script;
        try {
            script = shell.parse(new GroovyCodeSource(code, origin, "/latente/set"));
        } catch (Throwable t) {
            return EvalResult.error(ErrorMessages.compile(t, code, origin));
        }
        Thread self = Thread.currentThread();
        boolean[] timedOut = {false};
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut[0] = true;
            self.interrupt();
        }, limitMillis, TimeUnit.MILLISECONDS);
        try {
            return EvalResult.success(script.run());
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
            return EvalResult.error(ErrorMessages.runtime(t, code, origin, timedOut[0], limitMillis));
        } finally {
            watchdog.cancel(false);
            Thread.interrupted();
        }
    }
}
