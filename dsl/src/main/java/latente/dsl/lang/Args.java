package latente.dsl.lang;

import groovy.lang.Closure;
import java.util.List;
import java.util.function.DoubleSupplier;
import latente.dsl.show.ShowControl;
import latente.dsl.lang.seq.ListSequence;
import latente.runtime.clock.Clock;
import latente.runtime.pattern.MiniNotationException;
import latente.runtime.pattern.Pattern;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Control;
import latente.runtime.scene.LiveSlots;
import latente.runtime.signal.Moment;
import latente.runtime.signal.Sequence;
import latente.runtime.signal.Signal;

/**
 * Turns what a performer passes to a visual function into a chain argument: numbers are inlined;
 * inputs other threads write ({@code recv}, {@code cc}, {@code audio.bass}) are read from their bus
 * slot by the render thread; closures, lists (Hydra sequences), signals and patterns (a
 * mini-notation string or {@code pattern()}) become live values computed on the control thread;
 * chains, outputs and sources become textures.
 */
final class Args {
    private Args() {}

    static Arg of(Object value, ShowControl show, CallSite site, String fn, int position) {
        if (value instanceof LiveInput in) return new Arg.Slot(in.slot(), null);
        if (value instanceof LiveNumber n) return live(show, site, fn, position, n);
        if (value instanceof Number n) return new Arg.Num(n.doubleValue());
        if (value instanceof ChainBuilder c) return new Arg.ChainArg(c.chain());
        if (value instanceof OutputHandle o) return new Arg.OutputRef(o.index());
        if (value instanceof SourceHandle s) return new Arg.SourceRef(s.index());
        if (value instanceof Latent l) return new Arg.SourceRef(l.bindAuto());
        if (value instanceof Closure<?> c) return live(show, site, fn, position, closureValue(c, site));
        if (value instanceof Signal s) return live(show, site, fn, position, signalValue(s, show));
        if (value instanceof List<?> list && !list.isEmpty()) return live(show, site, fn, position, signalValue(sequence(list, site), show));
        if (value instanceof CharSequence text) return live(show, site, fn, position, patternValue(mini(text.toString(), site, fn), describe(text), show, site, fn, position));
        if (value instanceof Pattern<?> p) return live(show, site, fn, position, patternValue(p, "a pattern without numbers", show, site, fn, position));
        if (value instanceof DoubleSupplier s) return live(show, site, fn, position, s);
        throw new LanguageException(fn + "() cannot take " + describe(value) + " as argument " + (position + 1)
                + "; use a number, a closure such as { time * 0.1 }, a list, a pattern such as '<1 2 4>', a chain or o0-o3", site, fn);
    }

    private static Arg live(ShowControl show, CallSite site, String fn, int position, DoubleSupplier source) {
        // No slot yet: the show gives each live value its own when its scene is about to run.
        String label = site + " " + fn + "() argument " + (position + 1);
        return new Arg.Slot(LiveSlots.UNASSIGNED, new Control(LiveSlots.UNASSIGNED, source, label));
    }

    private static DoubleSupplier closureValue(Closure<?> c, CallSite site) {
        return () -> {
            Object v = c.call();
            if (v instanceof Number n) return n.doubleValue();
            throw new LanguageException("the closure returned " + describe(v) + ", not a number", site);
        };
    }

    /** Evaluated at the control step's moment (beats and seconds); allocation-free for the built-in signals. */
    private static DoubleSupplier signalValue(Signal s, ShowControl show) {
        Moment m = show.moment();
        return () -> s.eval(m);
    }

    /** Hydra's list argument ({@code [1, 2].fast(2)} is already a {@link ListSequence}); its timing is the signal library's {@link Sequence}. */
    private static Sequence sequence(List<?> list, CallSite site) {
        try {
            return ListSequence.of(list).signal();
        } catch (IllegalArgumentException e) {
            throw new LanguageException(e.getMessage(), site);
        }
    }

    private static Pattern<Object> mini(String text, CallSite site, String fn) {
        try {
            return Pattern.mini(text);
        } catch (MiniNotationException e) {
            throw new LanguageException(fn + "('" + text + "'): " + e.reason() + ", at column " + e.column(), site, fn);
        }
    }

    /**
     * A numeric pattern steps with the clock, one cycle per bar: the number sounding now. A rest
     * keeps the last number (NaN is never written into the bus).
     */
    private static DoubleSupplier patternValue(Pattern<?> p, String what, ShowControl show, CallSite site, String fn, int position) {
        boolean numbers = false;
        for (int c = 0; c < 4 && !numbers; c++) {
            for (var e : p.queryArc((double) c, (double) c + 1)) numbers |= e.value instanceof Number;
        }
        if (!numbers) throw new LanguageException(fn + "() cannot take " + what + " as argument " + (position + 1) + "; a text argument is a pattern of numbers, e.g. '<10 20 40>'", site, fn);
        Clock clock = show.sync().clock();
        return () -> p.numberAt(clock.beat() / clock.meter());
    }

    static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof CharSequence) return "the text '" + v + "'";
        return "a " + v.getClass().getSimpleName();
    }
}
