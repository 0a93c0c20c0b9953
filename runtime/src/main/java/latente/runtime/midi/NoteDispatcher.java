package latente.runtime.midi;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import latente.runtime.io.ErrorCounter;

/**
 * Routes note events to handlers by note number (or any note) and on/off.
 * Thread contract: {@link #on} from any thread; {@link #dispatch} on the control thread.
 */
public final class NoteDispatcher {
    private final CopyOnWriteArrayList<Route> routes = new CopyOnWriteArrayList<>();
    private final ErrorCounter<MidiError> errors;

    /** A subscription; {@link #close()} removes it. */
    public final class Route implements AutoCloseable {
        final int note;
        final boolean on;
        final Consumer<MidiNote> handler;

        Route(int note, boolean on, Consumer<MidiNote> handler) {
            this.note = note;
            this.on = on;
            this.handler = handler;
        }

        @Override
        public void close() {
            routes.remove(this);
        }
    }

    NoteDispatcher(ErrorCounter<MidiError> errors) {
        this.errors = errors;
    }

    public Route on(int note, boolean noteOn, Consumer<MidiNote> handler) {
        if (note < -1 || note > 127) throw new IllegalArgumentException("note must be 0..127 (or -1 for any), got " + note);
        Route r = new Route(note, noteOn, handler);
        routes.add(r);
        return r;
    }

    public void clear() {
        routes.clear();
    }

    public void dispatch(MidiNote n) {
        for (Route r : routes) {
            if (r.on != n.on() || (r.note >= 0 && r.note != n.note())) continue;
            try {
                r.handler.accept(n);
            } catch (Throwable t) { // a user closure may throw anything; the show goes on
                if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) throw (VirtualMachineError) t;
                errors.count(MidiError.HANDLER_FAILED, "note " + n.note() + ": " + t);
            }
        }
    }
}
