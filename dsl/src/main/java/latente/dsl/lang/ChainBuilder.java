package latente.dsl.lang;

import java.util.ArrayList;
import java.util.List;
import latente.dsl.show.ShowControl;
import latente.render.vocab.Kind;
import latente.render.vocab.VisualFunction;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Call;
import latente.runtime.scene.Chain;

/**
 * A chain as the language sees it: {@code osc(10).rotate(0.5).out(o1)}. Every vocabulary
 * function that is not a source is a method here, looked up in the vocabulary table; each call
 * returns a new builder, so a chain kept in a variable can be extended twice.
 */
public final class ChainBuilder {
    private final ShowControl show;
    private final String origin;
    private final Chain chain;

    ChainBuilder(ShowControl show, String origin, Chain chain) {
        this.show = show;
        this.origin = origin;
        this.chain = chain;
    }

    /** Starts a chain with source {@code fn}. */
    static ChainBuilder start(ShowControl show, String origin, VisualFunction fn, Object[] args) {
        CallSite site = CallSite.find(origin);
        return new ChainBuilder(show, origin, Chain.of(call(show, site, fn, args)));
    }

    /**
     * Converts the arguments of one call. Arguments beyond the function's inputs are ignored with a
     * notice, as Hydra ignores them: a sketch that runs in Hydra runs here.
     */
    static Call call(ShowControl show, CallSite site, VisualFunction fn, Object[] args) {
        int accepted = fn.name().equals("prev") ? 0 : fn.params().size();
        int used = Math.min(args.length, accepted);
        List<Arg> converted = new ArrayList<>(used);
        for (int i = 0; i < used; i++) converted.add(Args.of(args[i], show, site, fn.name(), i));
        if (args.length > accepted) {
            String notice = site + ": " + fn.name() + "() takes " + inputs(fn, accepted) + "; ignoring the extra "
                    + (args.length - accepted == 1 ? "argument " : "arguments ") + extra(args, accepted) + " (as Hydra does)";
            show.whenCommitted(() -> show.say(notice));
        }
        return new Call(fn.name(), converted, site.origin(), site.line(), fn);
    }

    private static String inputs(VisualFunction fn, int accepted) {
        if (accepted == 0) return "no arguments";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < accepted; i++) s.append(i == 0 ? "" : ", ").append(fn.params().get(i).name());
        return accepted + (accepted == 1 ? " argument (" : " arguments (") + s + ")";
    }

    private static String extra(Object[] args, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < args.length; i++) s.append(i == from ? "" : ", ").append(args[i] instanceof Number n ? n.toString() : Args.describe(args[i]));
        return s.toString();
    }

    public Chain chain() {
        return chain;
    }

    /** Draws this chain into output {@code o} from the next frame on (replacing its chain). */
    @Help(signature = "out(output = o0)", value = "draws the chain into an output from the next frame on")
    public ChainBuilder out(OutputHandle o) {
        show.output(o.index(), chain, CallSite.find(origin).toString());
        return this;
    }

    /** Draws this chain into o0. */
    public ChainBuilder out() {
        return out(new OutputHandle(0));
    }

    /** Every transform of the vocabulary (rotate, blend, modulate...) arrives here. */
    public Object methodMissing(String name, Object args) {
        Object[] a = args instanceof Object[] arr ? arr : new Object[] {args};
        VisualFunction fn = show.function(name);
        CallSite site = CallSite.find(origin);
        if (fn == null) throw new LanguageException(Suggestions.unknownCall(name, a), site, name);
        if (fn.kind() == Kind.SOURCE) {
            throw new LanguageException(name + "() starts a chain and cannot follow one; to mix two pictures use "
                    + "blend(" + name + "()), add(" + name + "()) or layer(" + name + "())", site, name);
        }
        return new ChainBuilder(show, origin, chain.then(call(show, site, fn, a)));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Call c : chain.calls()) s.append(s.length() == 0 ? "" : ".").append(c.name()).append("(…)");
        return s.toString();
    }
}
