package latente.runtime.osc;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import latente.runtime.io.ErrorCounter;

/**
 * Routes messages to handlers by OSC 1.0 address pattern. Handlers subscribe with a pattern
 * ({@code /layer/*}) and are called for every concrete incoming address it matches. As the spec
 * has it the other way round too, an incoming address that is itself a pattern
 * ({@code /layer/[1-3]}) reaches every handler subscribed with a plain address it matches.
 *
 * <p>Thread contract: {@link #on} from any thread (the eval thread); {@link #dispatch} from the
 * control thread, which is where handlers run. A handler that throws is counted and logged
 * once; the other handlers still run.
 */
public final class OscDispatcher {
    private final CopyOnWriteArrayList<Route> routes = new CopyOnWriteArrayList<>();
    private final ErrorCounter<OscError> errors;

    /** A subscription; {@link #close()} removes it. */
    public final class Route implements AutoCloseable {
        final AddressPattern pattern;
        final Consumer<OscMessage> handler;

        Route(AddressPattern pattern, Consumer<OscMessage> handler) {
            this.pattern = pattern;
            this.handler = handler;
        }

        public String pattern() {
            return pattern.source();
        }

        @Override
        public void close() {
            routes.remove(this);
        }
    }

    public OscDispatcher(ErrorCounter<OscError> errors) {
        this.errors = errors;
    }

    /** Calls {@code handler} for each message matching {@code pattern} (IllegalArgumentException if invalid). */
    public Route on(String pattern, Consumer<OscMessage> handler) {
        Route r = new Route(AddressPattern.compile(pattern), handler);
        routes.add(r);
        return r;
    }

    /** Removes every subscription (a re-evaluated set subscribes afresh). */
    public void clear() {
        routes.clear();
    }

    public int size() {
        return routes.size();
    }

    /** Runs the handlers matching {@code m}, in subscription order; returns how many ran. */
    public int dispatch(OscMessage m) {
        String address = m.address();
        AddressPattern incoming = null;
        if (AddressPattern.isPattern(address)) {
            try {
                incoming = AddressPattern.compile(address);
            } catch (IllegalArgumentException e) {
                errors.count(OscError.BAD_PATTERN, e.getMessage());
                return 0;
            }
        }
        int ran = 0;
        for (Route r : routes) {
            boolean hit = incoming == null ? r.pattern.matches(address)
                    : r.pattern.isLiteral() && incoming.matches(r.pattern.source());
            if (!hit) continue;
            ran++;
            try {
                r.handler.accept(m);
            } catch (Throwable t) { // a user closure may throw anything; the show goes on
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
                errors.count(OscError.HANDLER_FAILED, r.pattern.source() + ": " + t);
            }
        }
        return ran;
    }
}
