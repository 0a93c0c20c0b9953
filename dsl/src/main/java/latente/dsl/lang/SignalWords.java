package latente.dsl.lang;

import latente.runtime.pattern.MiniNotationException;
import latente.runtime.pattern.Pattern;
import latente.runtime.signal.Envelope;
import latente.runtime.signal.Signal;
import latente.runtime.signal.Signals;
import latente.runtime.signal.Trigger;

/**
 * Patterns and signals as values ({@code latente.runtime.pattern}, {@code latente.runtime.signal}):
 * {@code pattern('<10 20 40>')}, {@code sine().range(0.2, 0.8).fast(2)}, {@code env('beat', 0.01, 0.3)}.
 * Each can be given to a visual function, where it becomes a live value computed on the control
 * thread. Signals run in beats (one period per beat) unless {@code .inSeconds()}; a pattern plays
 * one cycle per bar. {@code noise()} stays Hydra's noise source: the smooth-noise signal is
 * {@code drift()}.
 */
public interface SignalWords extends ScriptContext {
    /** A mini-notation pattern, usable with fast, slow, every, rev, off... and as a visual argument. */
    @Help(signature = "pattern(mini, seed = 0)", value = "a mini-notation pattern (fast, slow, every, rev, off...); one cycle per bar as an argument")
    default Pattern<Object> pattern(String mini) {
        return pattern(mini, 0);
    }

    default Pattern<Object> pattern(String mini, long seed) {
        try {
            return Pattern.mini(mini, seed);
        } catch (MiniNotationException e) {
            throw new LanguageException("pattern: " + e.reason() + ", at column " + e.column() + " of '" + mini + "'", CallSite.find(origin()), "pattern");
        }
    }

    @Help(signature = "sine()", value = "signal 0..1, one period per beat; .range(lo, hi) .fast(k) .slow(k) .offset(o)")
    default Signal sine() {
        return Signals.sine();
    }

    @Help(signature = "cosine()", value = "signal 0..1 starting at 1, one period per beat")
    default Signal cosine() {
        return Signals.cosine();
    }

    @Help(signature = "tri()", value = "triangle signal 0..1..0, one period per beat")
    default Signal tri() {
        return Signals.tri();
    }

    @Help(signature = "saw()", value = "ramp signal 0..1, one period per beat")
    default Signal saw() {
        return Signals.saw();
    }

    @Help(signature = "isaw()", value = "falling ramp signal 1..0, one period per beat")
    default Signal isaw() {
        return Signals.isaw();
    }

    @Help(signature = "square()", value = "signal 0 for half a beat, then 1")
    default Signal square() {
        return Signals.square();
    }

    @Help(signature = "rand(seed = 0)", value = "a new random value 0..1 each beat, held")
    default Signal rand() {
        return Signals.rand();
    }

    default Signal rand(long seed) {
        return Signals.rand(seed);
    }

    /** Smooth value noise (0..1), a new lattice value each beat; Hydra's {@code noise()} is the source. */
    @Help(signature = "drift(seed = 0)", value = "smooth random signal 0..1 (noise() is Hydra's noise source)")
    default Signal drift() {
        return Signals.noise();
    }

    default Signal drift(long seed) {
        return Signals.noise(seed);
    }

    /**
     * {@code env('beat', 0.01, 0.3)}: jumps to 1 over {@code attack} seconds at each beat, falls back
     * over {@code decay}. Triggers: 'beat', 'bar', 'onset' (audio), or any trigger slot name.
     */
    @Help(signature = "env(trigger, attack = 0.01, decay = 0.3)", value = "envelope 0..1 fired by 'beat', 'bar' or 'onset': scale(env('beat'))")
    default Envelope env(String trigger, Number attack, Number decay) {
        String slot = switch (trigger) {
            case "beat" -> Trigger.BEAT;
            case "bar" -> Trigger.BAR;
            case "onset" -> Trigger.ONSET;
            default -> trigger;
        };
        if ("onset".equals(trigger)) showControl().audio();
        if (!(attack.doubleValue() >= 0) || !(decay.doubleValue() >= 0)) {
            throw new LanguageException("env: attack and decay are seconds, 0 or more", CallSite.find(origin()), "env");
        }
        return Signals.envelope(slot, attack.doubleValue(), decay.doubleValue());
    }

    default Envelope env(String trigger) {
        return env(trigger, 0.01, 0.3);
    }
}
