package latente.dsl.sandbox;

import groovy.lang.DelegatingMetaClass;
import groovy.lang.GroovySystem;
import groovy.lang.MetaClass;
import groovy.lang.MetaClassRegistry;
import java.util.List;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * The sandbox performer code runs in (see docs/language.md, "What a set may do"). Two halves:
 * <ul>
 * <li>at compile time, {@link #customizers()}: no threads or executors, no {@code System.exit}
 *     or {@code halt}, no other programs, no reflection, no engine, no annotations, no names
 *     computed at run time; each refusal names what and why, with the line and a caret;</li>
 * <li>at run time, for what a static check cannot see ({@code def t = x.getClass()}...): the
 *     dangerous classes answer every dynamic call with the same refusal ({@link #install}), and
 *     the engine is handed out only to the language's own Java code ({@link #checkCaller}).</li>
 * </ul>
 * {@code --trust-set} ({@link #trust}) switches both off for the whole process. This protects a
 * show from a performer's accidents and from code pasted without reading; it is not a wall
 * against a determined attacker with the performer's own account.
 *
 * <p>Thread contract: {@link #trust} before the first evaluation; the rest from any thread.
 */
public final class Sandbox {
    private static volatile boolean trusted;
    private static final ClassLoader OURS = Sandbox.class.getClassLoader();
    private static boolean installed;

    private Sandbox() {}

    /** {@code --trust-set}: sets may use everything Groovy and the JVM offer. */
    public static void trust(boolean trust) {
        trusted = trust;
    }

    public static boolean trusted() {
        return trusted;
    }

    /** The compile-time checks, for a {@code CompilerConfiguration}; none when trusted. */
    public static List<CompilationCustomizer> customizers() {
        install();
        return trusted ? List.of() : List.of(new NoAnnotations(), new SandboxCustomizer());
    }

    /**
     * Throws unless {@code caller} (the class that called the guarded method, from
     * {@code StackWalker.getCallerClass()}) is the language's own compiled Java code: performer
     * scripts and Groovy's dynamic dispatch on their behalf are refused.
     */
    public static void checkCaller(Class<?> caller, String what) {
        if (trusted || (caller.getClassLoader() == OURS && caller.getName().startsWith("latente."))) return;
        throw new SandboxViolation(SandboxRules.refusal(what, SandboxRules.ENGINE), 0, 0);
    }

    /** Why a script may not use a member called {@code name} at run time, or null (for {@code this[name]}). */
    public static String refusalForName(String name) {
        String why = trusted ? null : SandboxRules.whyName(name);
        return why == null ? null : SandboxRules.refusal("'" + name + "'", why);
    }

    /** Installs the run-time guards on the dangerous classes (once per process). */
    private static synchronized void install() {
        if (installed) return;
        installed = true;
        MetaClassRegistry registry = GroovySystem.getMetaClassRegistry();
        for (String name : SandboxRules.TYPES.keySet()) {
            if (name.equals("java.lang.Class") || name.startsWith("groovy.") || name.startsWith("org.codehaus.")) continue;
            try {
                Class<?> type = Class.forName(name, false, OURS);
                registry.setMetaClass(type, new Refusing(registry.getMetaClass(type), SandboxRules.TYPES.get(name)));
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this JVM (e.g. no desktop module): nothing to guard
            }
        }
        for (String name : List.of("java.util.concurrent.Executors", "java.util.concurrent.ForkJoinPool",
                "java.util.concurrent.CompletableFuture", "java.util.concurrent.ThreadPoolExecutor",
                "java.util.concurrent.ScheduledThreadPoolExecutor", "latente.dsl.engine.Engine", "latente.dsl.engine.EngineShowControl",
                "latente.dsl.eval.Evaluator")) {
            try {
                Class<?> type = Class.forName(name, false, OURS);
                registry.setMetaClass(type, new Refusing(registry.getMetaClass(type), SandboxRules.whyType(name)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Answers every call, property and constructor that Groovy dispatches dynamically with a
     * refusal (Java code calling the class directly is not affected). On {@code System} only the
     * members outside {@link SandboxRules#SYSTEM_ALLOWED} are refused.
     */
    private static final class Refusing extends DelegatingMetaClass {
        private final String why;
        private final boolean system;

        Refusing(MetaClass delegate, String why) {
            super(delegate);
            this.why = why;
            this.system = delegate.getTheClass() == System.class;
            initialize();
        }

        private void refuse(String member) {
            if (trusted || (system && SandboxRules.SYSTEM_ALLOWED.contains(member))) return;
            throw new SandboxViolation(SandboxRules.refusal(getTheClass().getSimpleName() + (member.isEmpty() ? "" : "." + member), why), 0, 0);
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object[] arguments) {
            refuse(methodName);
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeMethod(Object object, String methodName, Object arguments) {
            refuse(methodName);
            return super.invokeMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeStaticMethod(Object object, String methodName, Object[] arguments) {
            refuse(methodName);
            return super.invokeStaticMethod(object, methodName, arguments);
        }

        @Override
        public Object invokeConstructor(Object[] arguments) {
            refuse("");
            return super.invokeConstructor(arguments);
        }

        @Override
        public Object getProperty(Object object, String property) {
            refuse(property);
            return super.getProperty(object, property);
        }

        @Override
        public void setProperty(Object object, String property, Object newValue) {
            refuse(property);
            super.setProperty(object, property, newValue);
        }

        @Override
        public Object getAttribute(Object object, String attribute) {
            refuse(attribute);
            return super.getAttribute(object, attribute);
        }

        @Override
        public void setAttribute(Object object, String attribute, Object newValue) {
            refuse(attribute);
            super.setAttribute(object, attribute, newValue);
        }
    }
}
