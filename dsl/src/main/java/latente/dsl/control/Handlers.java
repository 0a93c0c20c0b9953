package latente.dsl.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import latente.runtime.bus.ParamBus;
import latente.runtime.clock.BeatTrigger;
import latente.runtime.scene.Control;

/**
 * The set's event handlers ({@code on.msg}, {@code on.note}, {@code on.beat}, {@code on.onset}).
 *
 * <p>Each handler has a key (its kind, its call site and its pattern): evaluating the same line
 * again replaces the handler instead of adding a second one, and a whole set clears them all
 * before installing its own. A handler's body runs on the control thread through the engine's
 * {@link ControlLoop}, so it gets the same protection as a per-frame closure: one that throws is
 * reported once and the next event runs it again; one that runs too long is stopped by the
 * watchdog; the control thread itself never stops.
 *
 * <p>Thread contract: {@link #put} and {@link #clear} from the eval thread (serialised by the
 * engine); {@link #beat} and {@link #onset} on the control thread. The beat and onset lists are
 * replaced as a whole (copy on write) and read through one volatile field.
 */
public final class Handlers {
    /** A handler body made runnable by the control loop; {@code argument} is what the next call passes. */
    public static final class Body {
        private final Consumer<Object> body;
        private final Control control;
        private final List<Control> asList;
        private Object argument;

        public Body(ParamBus bus, String label, Consumer<Object> body) {
            this.body = body;
            int scratch = bus.slot("handler:scratch");
            this.control = new Control(scratch, () -> {
                this.body.accept(argument);
                return Double.NaN; // nothing to write into the bus
            }, label);
            this.asList = List.of(control);
        }

        /** Runs the body with {@code arg} under the control loop's protection (control thread). */
        public void run(ControlLoop loop, Object arg) {
            argument = arg;
            loop.tick(asList);
            argument = null;
        }
    }

    private record Installed(AutoCloseable route, BeatTrigger trigger, Body body, boolean onset) {}

    private final Map<String, Installed> byKey = new LinkedHashMap<>();
    private volatile Installed[] timed = new Installed[0];

    /** Installs (or replaces) the handler {@code key}; {@code route} is closed when it is replaced or cleared. */
    public synchronized void put(String key, AutoCloseable route, BeatTrigger trigger, Body body, boolean onset) {
        Installed old = byKey.put(key, new Installed(route, trigger, body, onset));
        if (old != null) close(old);
        refresh();
    }

    /** Removes every handler (a whole set is about to install its own). */
    public synchronized void clear() {
        for (Installed i : byKey.values()) close(i);
        byKey.clear();
        refresh();
    }

    public synchronized int size() {
        return byKey.size();
    }

    private void refresh() {
        List<Installed> t = new ArrayList<>();
        for (Installed i : byKey.values()) if (i.trigger() != null || i.onset()) t.add(i);
        timed = t.toArray(new Installed[0]);
    }

    private static void close(Installed i) {
        if (i.route() == null) return;
        try {
            i.route().close();
        } catch (Exception ignored) {
            // a route's close only removes it from a list
        }
    }

    /** Runs every {@code on.beat(n)} handler whose multiple of n the beat has crossed (control thread). */
    public void beat(ControlLoop loop, double beat) {
        Installed[] all = timed;
        for (Installed i : all) {
            if (i.trigger() != null && i.trigger().fire(beat)) i.body().run(loop, (long) Math.floor(beat));
        }
    }

    /** Runs every {@code on.onset} handler (control thread). */
    public void onset(ControlLoop loop, long count) {
        Installed[] all = timed;
        for (Installed i : all) if (i.onset()) i.body().run(loop, count);
    }
}
