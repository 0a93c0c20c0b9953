package latente.dsl.lang;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.transform.stc.ClosureParams;
import groovy.transform.stc.SimpleType;
import java.util.List;
import latente.dsl.show.ShowControl;
import latente.dsl.control.Handlers;
import latente.runtime.clock.BeatTrigger;
import latente.runtime.osc.AddressPattern;

/**
 * {@code on}: event handlers of a set. {@code on.msg('/layer/*') { args -> }} for OSC,
 * {@code on.note(36) { velocity -> }} for MIDI notes, {@code on.beat(8) { beat -> }} every 8
 * beats of the clock, {@code on.onset { count -> }} for each sound the audio analysis hears.
 *
 * <p>Handlers run on the control thread. They are installed only if the evaluation that
 * defines them succeeds; the same line evaluated again replaces its handler; a whole set clears
 * the handlers of the previous one. A handler that throws is reported once and runs again at the
 * next event; one that runs too long is stopped like a per-frame closure.
 */
public final class On {
    private final ShowControl show;
    private final String origin;

    On(ShowControl show, String origin) {
        this.show = show;
        this.origin = origin;
    }

    /** OSC messages whose address matches {@code pattern} (OSC 1.0: {@code * ? [] {}}); the closure gets the arguments. */
    public void msg(String pattern,
                    @DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                    @ClosureParams(value = SimpleType.class, options = "java.util.List") Closure<?> body) {
        CallSite site = CallSite.find(origin);
        try {
            AddressPattern.compile(pattern);
        } catch (IllegalArgumentException e) {
            throw new LanguageException("on.msg: '" + pattern + "' is not an OSC address pattern (" + e.getMessage() + ")", site, "msg");
        }
        install("msg " + site + " " + pattern, site + " on.msg('" + pattern + "')", body, (b, key) ->
                show.handlers().put(key, show.sync().onMsg(pattern, m -> b.run(show.controls(), List.copyOf(m.args()))),
                        null, b, false));
    }

    /** Note-on of MIDI note {@code note} (any channel; -1: any note); the closure gets the velocity 0..1. */
    public void note(int note,
                     @DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                     @ClosureParams(value = SimpleType.class, options = "double") Closure<?> body) {
        CallSite site = CallSite.find(origin);
        if (note < -1 || note > 127) throw new LanguageException("on.note: notes are 0..127 (or -1 for any), got " + note, site, "note");
        install("note " + site + " " + note, site + " on.note(" + note + ")", body, (b, key) ->
                show.handlers().put(key, show.sync().onNote(note, n -> b.run(show.controls(), n.velocity() / 127.0)),
                        null, b, false));
    }

    /** Every {@code every} beats of the clock (0.25: every sixteenth); the closure gets the beat number. */
    public void beat(Number every,
                     @DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                     @ClosureParams(value = SimpleType.class, options = "long") Closure<?> body) {
        CallSite site = CallSite.find(origin);
        double n = every.doubleValue();
        if (!(n > 0) || Double.isInfinite(n)) throw new LanguageException("on.beat: the number of beats must be positive, got " + every, site, "beat");
        install("beat " + site + " " + n, site + " on.beat(" + every + ")", body, (b, key) ->
                show.handlers().put(key, null, new BeatTrigger(n), b, false));
    }

    /** Every beat. */
    public void beat(@DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                     @ClosureParams(value = SimpleType.class, options = "long") Closure<?> body) {
        beat(1, body);
    }

    /** Each onset the audio analysis detects (starts the audio input if it is not running). */
    public void onset(@DelegatesTo(value = LatenteScript.class, strategy = Closure.OWNER_FIRST)
                      @ClosureParams(value = SimpleType.class, options = "long") Closure<?> body) {
        CallSite site = CallSite.find(origin);
        show.audio();
        install("onset " + site, site + " on.onset", body, (b, key) -> show.handlers().put(key, null, null, b, true));
    }

    private interface Installer {
        void install(Handlers.Body body, String key);
    }

    private void install(String key, String label, Closure<?> closure, Installer installer) {
        int params = closure.getMaximumNumberOfParameters();
        Handlers.Body body = new Handlers.Body(show.bus(), label, arg -> {
            if (params == 0) closure.call();
            else closure.call(arg);
        });
        show.whenCommitted(() -> installer.install(body, key));
    }
}
