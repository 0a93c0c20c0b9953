package latente.render.glsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import latente.render.vocab.GlslPrelude;
import latente.render.vocab.Kind;
import latente.render.vocab.Param;
import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;
import latente.runtime.scene.Arg;
import latente.runtime.scene.Call;
import latente.runtime.scene.Chain;

/**
 * Turns a chain into one fragment shader. The picture of a chain is a function of the
 * coordinate: colour and blend calls change the colour of everything before them, while
 * coordinate calls (and modulators) change where everything before them is sampled, so they are
 * applied to the coordinate in reverse order. Each step becomes one GLSL statement, so nested
 * chains never duplicate work.
 *
 * <p>Uniforms every shader declares: {@code time}, {@code resolution} (pixels), {@code mouse}
 * (pixels, from the bus slots {@code mouse:x}/{@code mouse:y}) and {@code bpm}.
 *
 * <p>Thread contract: a new instance per compilation; runs on any thread (no GL calls).
 */
public final class ChainCompiler {
    private final int output;
    private final List<String> statements = new ArrayList<>();
    private final List<Call> statementCalls = new ArrayList<>();
    private final Map<VisualFunction, Call> used = new LinkedHashMap<>();
    private final List<CompiledChain.LiveUniform> live = new ArrayList<>();
    private final Map<String, CompiledChain.TextureInput> textures = new LinkedHashMap<>();
    private int vars;

    private ChainCompiler(int output) {
        this.output = output;
    }

    /** Compiles a chain that is not drawn into an output ({@code prev()} is then an error). */
    public static CompiledChain compile(Chain chain) throws ChainCompileException {
        return compile(chain, -1);
    }

    /** Compiles the chain of output {@code output} (0..3); {@code prev()} reads that output. */
    public static CompiledChain compile(Chain chain, int output) throws ChainCompileException {
        int steps = steps(chain);
        if (steps > MAX_STEPS) {
            throw new ChainCompileException("this chain has " + steps + " functions (nested chains included); at most " + MAX_STEPS
                    + " keep its shader quick to compile, so the show never waits for it. Split it over outputs with src(o1)",
                    chain.source());
        }
        ChainCompiler c = new ChainCompiler(output);
        // Hydra's coordinate: 0..1 from the top left of the picture as shown (GL counts rows from
        // the bottom, so y is turned over here and back in l_sample, where pictures are read).
        String st = c.declare("vec2", "vec2(gl_FragCoord.x, resolution.y - gl_FragCoord.y) / resolution", chain.source());
        String colour = c.colour(chain, st);
        return c.assemble(colour);
    }

    /**
     * Most functions in one chain, nested chains included: the driver compiles the shader on the
     * render thread, and a chain of thousands takes seconds to compile (a frozen show).
     */
    public static final int MAX_STEPS = 100;

    private static int steps(Chain chain) {
        int n = 0;
        for (Call call : chain.calls()) {
            n++;
            for (Arg a : call.args()) if (a instanceof Arg.ChainArg nested) n += steps(nested.chain());
        }
        return n;
    }

    private String colour(Chain chain, String st) throws ChainCompileException {
        List<Call> calls = chain.calls();
        int n = calls.size();
        String[] stAt = new String[n];
        String cur = st;
        for (int i = n - 1; i >= 1; i--) {
            stAt[i] = cur;
            Call call = calls.get(i);
            VisualFunction fn = lookup(call);
            if (fn.kind() == Kind.COORD) {
                cur = declare("vec2", invoke(fn, call, cur, null), call);
            } else if (fn.kind() == Kind.COMBINE_COORD) {
                cur = declare("vec2", invoke(fn, call, cur, textureColour(fn, call, cur)), call);
            } else if (fn.kind() == Kind.SOURCE) {
                throw new ChainCompileException(fn.name() + "() starts a chain; it cannot follow another call"
                        + " (to mix two pictures use blend, add or layer)", call);
            }
        }
        Call first = calls.get(0);
        VisualFunction source = lookup(first);
        if (source.kind() != Kind.SOURCE) {
            throw new ChainCompileException("a chain starts with a source such as osc(), noise() or src(o0), not "
                    + source.name() + "()", first);
        }
        String c = sourceColour(source, first, cur);
        for (int i = 1; i < n; i++) {
            Call call = calls.get(i);
            VisualFunction fn = lookup(call);
            if (fn.kind() == Kind.COLOR) {
                c = declare("vec4", invoke(fn, call, c, null), call);
            } else if (fn.kind() == Kind.COMBINE) {
                c = declare("vec4", invoke(fn, call, c, textureColour(fn, call, stAt[i])), call);
            }
        }
        return c;
    }

    private String sourceColour(VisualFunction fn, Call call, String st) throws ChainCompileException {
        List<Param> params = fn.params();
        if (params.isEmpty() || !params.get(0).isTexture()) return declare("vec4", invoke(fn, call, st, null), call);
        Arg a = call.args().isEmpty() ? null : call.args().get(0);
        if (fn.name().equals("prev")) {
            if (a != null) throw new ChainCompileException("prev() takes no arguments: it reads the previous frame of its own output", call);
            if (output < 0) throw new ChainCompileException("prev() reads the previous frame of the output the chain is drawn into; use it in a chain that ends in .out(oN)", call);
            a = new Arg.OutputRef(output);
        }
        if (a instanceof Arg.ChainArg nested && fn.numericParams().isEmpty()) return colour(nested.chain(), st);
        if (a instanceof Arg.OutputRef || a instanceof Arg.SourceRef || a instanceof Arg.ChainArg) {
            if (a instanceof Arg.ChainArg) throw new ChainCompileException(fn.name() + "() needs an output (o0-o3) or a source (s0-s3) as its picture", call);
            String sampler = sampler(a);
            StringBuilder s = new StringBuilder(fn.glslName()).append('(').append(st).append(", ").append(sampler);
            appendNumbers(s, fn, call, call.args().size() > 1 ? call.args().subList(1, call.args().size()) : List.of());
            used.putIfAbsent(fn, call);
            return declare("vec4", s.append(')').toString(), call);
        }
        throw new ChainCompileException(fn.name() + "() needs an output (o0-o3) or a source (s0-s3)", call);
    }

    /** The colour of a blend or modulate call's first argument, sampled at {@code st}. */
    private String textureColour(VisualFunction fn, Call call, String st) throws ChainCompileException {
        Arg a = call.args().isEmpty() ? null : call.args().get(0);
        if (a instanceof Arg.ChainArg nested) return colour(nested.chain(), st);
        if (a instanceof Arg.OutputRef || a instanceof Arg.SourceRef) {
            return declare("vec4", "l_sample(" + sampler(a) + ", " + st + ")", call);
        }
        throw new ChainCompileException(fn.name() + "() needs a picture first: a chain such as osc(), "
                + "an output o0-o3 or a source s0-s3", call);
    }

    private String invoke(VisualFunction fn, Call call, String first, String texColour) throws ChainCompileException {
        used.putIfAbsent(fn, call);
        List<Arg> args = texColour == null ? call.args() : call.args().subList(1, call.args().size());
        StringBuilder s = new StringBuilder(fn.glslName()).append('(').append(first);
        if (texColour != null) s.append(", ").append(texColour);
        appendNumbers(s, fn, call, args);
        return s.append(')').toString();
    }

    private void appendNumbers(StringBuilder s, VisualFunction fn, Call call, List<Arg> args) throws ChainCompileException {
        List<Param> params = fn.numericParams();
        if (args.size() > params.size()) {
            throw new ChainCompileException(fn.name() + "() takes " + params.size() + " number"
                    + (params.size() == 1 ? "" : "s") + signature(fn) + ", got " + args.size(), call);
        }
        for (int i = 0; i < params.size(); i++) {
            s.append(", ").append(i < args.size() ? scalar(fn, call, args.get(i), params.get(i)) : literal(params.get(i).defaultValue()));
        }
    }

    private String scalar(VisualFunction fn, Call call, Arg a, Param p) throws ChainCompileException {
        if (a instanceof Arg.Num num) {
            if (!Double.isFinite(num.value())) throw new ChainCompileException(fn.name() + "() got " + num.value() + " for " + p.name(), call);
            return literal(num.value());
        }
        if (a instanceof Arg.Slot slot) {
            String name = "u" + live.size();
            live.add(new CompiledChain.LiveUniform(name, slot.slot()));
            return name;
        }
        throw new ChainCompileException(fn.name() + "() expects a number for " + p.name()
                + " (a picture goes first, only in blend and modulate functions)", call);
    }

    private String sampler(Arg a) {
        boolean isOutput = a instanceof Arg.OutputRef;
        int index = isOutput ? ((Arg.OutputRef) a).index() : ((Arg.SourceRef) a).index();
        String key = (isOutput ? "o" : "s") + index;
        return textures.computeIfAbsent(key, k -> new CompiledChain.TextureInput("tex_" + k, isOutput, index)).name();
    }

    private static VisualFunction lookup(Call call) throws ChainCompileException {
        VisualFunction fn = call.definition() instanceof VisualFunction carried ? carried : Vocabulary.find(call.name());
        if (fn == null) throw new ChainCompileException("unknown function " + call.name() + "()", call);
        return fn;
    }

    /** " (amount=0.5, ...)": the numeric params with defaults, for messages. */
    static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder(" (");
        for (Param p : fn.numericParams()) s.append(s.length() > 2 ? ", " : "").append(p.name()).append('=').append(literal(p.defaultValue()));
        return s.append(')').toString();
    }

    /** A GLSL float literal that round-trips the double to float precision. */
    static String literal(double v) {
        String s = String.format(Locale.ROOT, "%.9g", v);
        if (s.contains("e")) return s;
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            return s.endsWith(".") ? s + "0" : s;
        }
        return s + ".0";
    }

    private String declare(String type, String expression, Call call) {
        String name = (type.equals("vec2") ? "st" : "c") + vars++;
        statements.add("    " + type + ' ' + name + " = " + expression + ";");
        statementCalls.add(call);
        return name;
    }

    private CompiledChain assemble(String colour) {
        SourceWriter w = new SourceWriter();
        w.line("#version 330 core", null, null, 0);
        w.line("uniform float time;", null, null, 0);
        w.line("uniform vec2 resolution;", null, null, 0);
        w.line("uniform vec2 mouse;", null, null, 0);
        w.line("uniform float bpm;", null, null, 0);
        for (CompiledChain.LiveUniform u : live) w.line("uniform float " + u.name() + ";", null, null, 0);
        for (CompiledChain.TextureInput t : textures.values()) w.line("uniform sampler2D " + t.name() + ";", null, null, 0);
        w.line("out vec4 fragColor;", null, null, 0);
        for (String line : GlslPrelude.HELPERS.split("\n")) w.line(line, null, null, 0);
        for (Map.Entry<VisualFunction, Call> e : used.entrySet()) {
            VisualFunction fn = e.getKey();
            w.line(GlslFunctions.signature(fn), e.getValue(), fn, 0);
            String[] body = GlslFunctions.body(fn);
            for (int i = 0; i < body.length; i++) w.line(body[i], e.getValue(), fn, i + 1);
            w.line("}", e.getValue(), fn, 0);
        }
        w.line("void main() {", null, null, 0);
        for (int i = 0; i < statements.size(); i++) w.line(statements.get(i), statementCalls.get(i), null, 0);
        w.line("    fragColor = " + colour + ";", null, null, 0);
        w.line("}", null, null, 0);
        return new CompiledChain(w.source(), List.copyOf(live), List.copyOf(textures.values()), w.lines());
    }

    /** Accumulates the shader text and the origin of every line. */
    private static final class SourceWriter {
        private final StringBuilder text = new StringBuilder();
        private final List<CompiledChain.SourceLine> lines = new ArrayList<>();

        void line(String line, Call call, VisualFunction fn, int bodyLine) {
            text.append(line).append('\n');
            lines.add(new CompiledChain.SourceLine(call, fn, bodyLine));
        }

        String source() {
            return text.toString();
        }

        List<CompiledChain.SourceLine> lines() {
            return List.copyOf(lines);
        }
    }
}
