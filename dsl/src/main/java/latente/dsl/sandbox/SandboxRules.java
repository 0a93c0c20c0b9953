package latente.dsl.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * What performer code may not touch, and why, in the words the performer reads. Code typed on
 * stage runs inside the show: a thread it starts escapes every watchdog and can starve the
 * picture, {@code System.exit} ends the show, another program can do anything, and the engine
 * behind the words holds the show's own safety limits. One table, used by the compile-time
 * check ({@link SandboxCustomizer}) and the run-time guards ({@link Sandbox}).
 */
final class SandboxRules {
    static final String THREADS = "a thread or task started by a set keeps running outside the show's watchdogs and can starve "
            + "the picture; use closures, on.beat or scene() instead";
    static final String EXIT = "it would end the whole show";
    static final String PROCESSES = "it would start another program, outside the show's control";
    static final String ENGINE = "a set talks to the show through the language's words; the engine and the evaluator behind "
            + "them are not reachable from a set";
    static final String NETWORK = "a show never uses the network";
    static final String EXIT_OR_ENGINE = "it could end the show or change its settings";

    /** Classes (by exact name) a set may not name, call or construct. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("java.lang.Thread", THREADS),
            Map.entry("java.lang.ThreadGroup", THREADS),
            Map.entry("java.lang.VirtualThread", THREADS),
            Map.entry("java.util.Timer", THREADS),
            Map.entry("javax.swing.Timer", THREADS),
            Map.entry("java.lang.Runtime", PROCESSES),
            Map.entry("java.lang.ProcessBuilder", PROCESSES),
            Map.entry("java.lang.Process", PROCESSES),
            Map.entry("java.lang.ProcessHandle", PROCESSES),
            Map.entry("java.lang.Class", ENGINE),
            Map.entry("java.lang.ClassLoader", ENGINE),
            Map.entry("java.lang.System", EXIT_OR_ENGINE),
            Map.entry("groovy.lang.GroovyShell", ENGINE),
            Map.entry("groovy.lang.GroovyClassLoader", ENGINE),
            Map.entry("groovy.lang.Binding", ENGINE),
            Map.entry("groovy.lang.MetaClass", ENGINE),
            Map.entry("groovy.lang.ExpandoMetaClass", ENGINE),
            Map.entry("groovy.lang.GroovySystem", ENGINE),
            Map.entry("groovy.util.Eval", ENGINE),
            Map.entry("org.codehaus.groovy.runtime.InvokerHelper", ENGINE));

    /** Packages (prefixes) a set may not use any class of. */
    static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("java.util.concurrent.", THREADS),
            Map.entry("java.lang.reflect.", ENGINE),
            Map.entry("java.lang.invoke.", ENGINE),
            Map.entry("java.net.", NETWORK),
            Map.entry("java.nio.channels.", NETWORK),
            Map.entry("sun.", ENGINE),
            Map.entry("jdk.", ENGINE),
            Map.entry("org.codehaus.groovy.", ENGINE),
            Map.entry("groovy.transform.", ENGINE),
            Map.entry("latente.dsl.engine.", ENGINE),
            Map.entry("latente.dsl.show.", ENGINE),
            Map.entry("latente.dsl.control.", ENGINE),
            Map.entry("latente.dsl.wiring.", ENGINE),
            Map.entry("latente.dsl.eval.", ENGINE),
            Map.entry("latente.dsl.live.", ENGINE),
            Map.entry("latente.dsl.port.", ENGINE),
            Map.entry("latente.dsl.sandbox.", ENGINE),
            Map.entry("latente.cli.", ENGINE));

    /** The few members of {@code System} a set may use. */
    static final Set<String> SYSTEM_ALLOWED = Set.of("currentTimeMillis", "nanoTime", "out", "err", "lineSeparator", "identityHashCode");

    /** Method and property names refused on any receiver: each reaches one of the powers above. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("exit", EXIT),
            Map.entry("halt", EXIT),
            Map.entry("exec", PROCESSES),
            Map.entry("execute", PROCESSES),
            Map.entry("start", THREADS),
            Map.entry("startDaemon", THREADS),
            Map.entry("parallelStream", THREADS),
            Map.entry("parallel", THREADS),
            Map.entry("runAsync", THREADS),
            Map.entry("supplyAsync", THREADS),
            Map.entry("engine", ENGINE),
            Map.entry("getEngine", ENGINE),
            Map.entry("showControl", ENGINE),
            Map.entry("getShowControl", ENGINE),
            Map.entry("attach", ENGINE),
            Map.entry("evaluator", ENGINE),
            Map.entry("binding", ENGINE),
            Map.entry("getBinding", ENGINE),
            Map.entry("setBinding", ENGINE),
            Map.entry("metaClass", ENGINE),
            Map.entry("getMetaClass", ENGINE),
            Map.entry("setMetaClass", ENGINE),
            Map.entry("invokeMethod", ENGINE),
            Map.entry("getProperty", ENGINE),
            Map.entry("setProperty", ENGINE),
            Map.entry("evaluate", ENGINE),
            Map.entry("forName", ENGINE),
            Map.entry("loadClass", ENGINE),
            Map.entry("classLoader", ENGINE),
            Map.entry("getClassLoader", ENGINE),
            Map.entry("declaredFields", ENGINE),
            Map.entry("declaredMethods", ENGINE),
            Map.entry("getDeclaredField", ENGINE),
            Map.entry("getDeclaredFields", ENGINE),
            Map.entry("getDeclaredMethod", ENGINE),
            Map.entry("getDeclaredMethods", ENGINE),
            Map.entry("getDeclaredConstructor", ENGINE),
            Map.entry("getDeclaredConstructors", ENGINE),
            Map.entry("getMethod", ENGINE),
            Map.entry("getMethods", ENGINE),
            Map.entry("getField", ENGINE),
            Map.entry("getFields", ENGINE),
            Map.entry("fields", ENGINE),
            Map.entry("methods", ENGINE),
            Map.entry("constructors", ENGINE),
            Map.entry("declaredConstructors", ENGINE),
            Map.entry("getConstructor", ENGINE),
            Map.entry("getConstructors", ENGINE),
            Map.entry("setAccessible", ENGINE),
            Map.entry("newInstance", ENGINE),
            Map.entry("invoke", ENGINE),
            Map.entry("toURL", NETWORK));

    private SandboxRules() {}

    /** Why a set may not use class {@code name}, or null when it may. */
    static String whyType(String name) {
        String why = TYPES.get(name);
        if (why != null) return why;
        for (Map.Entry<String, String> p : PACKAGES.entrySet()) if (name.startsWith(p.getKey())) return p.getValue();
        return null;
    }

    /** Why a set may not call or read a member called {@code name}, or null when it may. */
    static String whyName(String name) {
        if (name.startsWith("__latente")) return ENGINE;
        return NAMES.get(name);
    }

    /** The message a performer reads: what, and why, and the way out. */
    static String refusal(String what, String why) {
        return what + " is not allowed in a set: " + why + " (to allow it, start the show with --trust-set)";
    }
}
