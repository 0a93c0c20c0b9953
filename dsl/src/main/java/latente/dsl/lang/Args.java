package latente.dsl.lang;

import groovy.lang.Closure;
import java.util.List;
import java.util.function.DoubleSupplier;
import latente.dsl.engine.Engine;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Control;

/**
 * Turns what a performer passes to a visual function into a chain argument: numbers are inlined,
 * closures and lists become live values computed on the control thread, chains, outputs and
 * sources become textures.
 */
final class Args {
    private Args() {}

    static Arg of(Object value, Engine engine, CallSite site, String fn, int position) {
        if (value instanceof Number n) return new Arg.Num(n.doubleValue());
        if (value instanceof ChainBuilder c) return new Arg.ChainArg(c.chain());
        if (value instanceof OutputHandle o) return new Arg.OutputRef(o.index());
        if (value instanceof SourceHandle s) return new Arg.SourceRef(s.index());
        if (value instanceof Latent l) return new Arg.SourceRef(l.bindAuto());
        if (value instanceof Closure<?> c) return live(engine, site, fn, position, closureValue(c, site));
        if (value instanceof List<?> list && !list.isEmpty()) return live(engine, site, fn, position, engine.sequence(list, site));
        if (value instanceof DoubleSupplier s) return live(engine, site, fn, position, s);
        throw new LanguageException(fn + "() cannot take " + describe(value) + " as argument " + (position + 1)
                + "; use a number, a closure such as { time * 0.1 }, a list, a chain or o0-o3", site, fn);
    }

    private static Arg live(Engine engine, CallSite site, String fn, int position, DoubleSupplier source) {
        String label = site + " " + fn + "() argument " + (position + 1);
        int slot = engine.bus().slot("live:" + label);
        return new Arg.Slot(slot, new Control(slot, source, label));
    }

    private static DoubleSupplier closureValue(Closure<?> c, CallSite site) {
        return () -> {
            Object v = c.call();
            if (v instanceof Number n) return n.doubleValue();
            throw new LanguageException("the closure returned " + describe(v) + ", not a number", site);
        };
    }

    static String describe(Object v) {
        if (v == null) return "null";
        if (v instanceof CharSequence) return "the text '" + v + "'";
        return "a " + v.getClass().getSimpleName();
    }
}
