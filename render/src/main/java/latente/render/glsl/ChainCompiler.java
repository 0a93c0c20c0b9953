package latente.render.glsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * <p>Thread contract: a new instance per compilation; runs on the eval thread (no GL calls).
 */
public final class ChainCompiler {
    private final StringBuilder body = new StringBuilder();
    private final Set<VisualFunction> used = new LinkedHashSet<>();
    private final List<CompiledChain.LiveUniform> live = new ArrayList<>();
    private final Map<String, CompiledChain.TextureInput> textures = new LinkedHashMap<>();
    private int vars;

    private ChainCompiler() {}

    public static CompiledChain compile(Chain chain) throws ChainCompileException {
        ChainCompiler c = new ChainCompiler();
        String colour = c.colour(chain, c.declare("vec2", "gl_FragCoord.xy / resolution"));
        return new CompiledChain(c.assemble(colour), List.copyOf(c.live), List.copyOf(c.textures.values()));
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
                cur = declare("vec2", invoke(fn, call, cur, null));
            } else if (fn.kind() == Kind.COMBINE_COORD) {
                cur = declare("vec2", invoke(fn, call, cur, textureColour(fn, call, cur)));
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
                c = declare("vec4", invoke(fn, call, c, null));
            } else if (fn.kind() == Kind.COMBINE) {
                c = declare("vec4", invoke(fn, call, c, textureColour(fn, call, stAt[i])));
            }
        }
        return c;
    }

    private String sourceColour(VisualFunction fn, Call call, String st) throws ChainCompileException {
        List<Param> params = fn.params();
        if (!params.isEmpty() && params.get(0).isTexture()) {
            Arg a = call.args().isEmpty() ? null : call.args().get(0);
            if (a instanceof Arg.ChainArg nested) return colour(nested.chain(), st);
            if (a instanceof Arg.OutputRef || a instanceof Arg.SourceRef) {
                used.add(fn);
                return declare("vec4", fn.glslName() + "(" + st + ", " + sampler(a) + ")");
            }
            throw new ChainCompileException(fn.name() + "() needs an output (o0-o3) or a source (s0-s3)", call);
        }
        return declare("vec4", invoke(fn, call, st, null));
    }

    /** The colour of a blend or modulate call's first argument, sampled at {@code st}. */
    private String textureColour(VisualFunction fn, Call call, String st) throws ChainCompileException {
        Arg a = call.args().isEmpty() ? null : call.args().get(0);
        if (a instanceof Arg.ChainArg nested) return colour(nested.chain(), st);
        if (a instanceof Arg.OutputRef || a instanceof Arg.SourceRef) {
            return declare("vec4", "texture(" + sampler(a) + ", fract(" + st + "))");
        }
        throw new ChainCompileException(fn.name() + "() needs a picture first: a chain such as osc(), "
                + "an output o0-o3 or a source s0-s3", call);
    }

    private String invoke(VisualFunction fn, Call call, String first, String texColour) throws ChainCompileException {
        used.add(fn);
        List<Param> params = fn.numericParams();
        List<Arg> args = texColour == null ? call.args() : call.args().subList(1, call.args().size());
        if (args.size() > params.size()) {
            throw new ChainCompileException(fn.name() + "() takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + signature(fn) + ", got " + args.size(), call);
        }
        StringBuilder s = new StringBuilder(fn.glslName()).append('(').append(first);
        if (texColour != null) s.append(", ").append(texColour);
        for (int i = 0; i < params.size(); i++) {
            s.append(", ").append(i < args.size() ? scalar(fn, call, args.get(i)) : literal(params.get(i).defaultValue()));
        }
        return s.append(')').toString();
    }

    private String scalar(VisualFunction fn, Call call, Arg a) throws ChainCompileException {
        if (a instanceof Arg.Num num) {
            if (!Double.isFinite(num.value())) throw new ChainCompileException(fn.name() + "() got " + num.value(), call);
            return literal(num.value());
        }
        if (a instanceof Arg.Slot slot) {
            String name = "u" + live.size();
            live.add(new CompiledChain.LiveUniform(name, slot.slot()));
            return name;
        }
        throw new ChainCompileException(fn.name() + "() expects numbers after its picture argument", call);
    }

    private String sampler(Arg a) {
        boolean output = a instanceof Arg.OutputRef;
        int index = output ? ((Arg.OutputRef) a).index() : ((Arg.SourceRef) a).index();
        String key = (output ? "o" : "s") + index;
        return textures.computeIfAbsent(key, k -> new CompiledChain.TextureInput("tex_" + k, output, index)).name();
    }

    private static VisualFunction lookup(Call call) throws ChainCompileException {
        VisualFunction fn = Vocabulary.find(call.name());
        if (fn == null) throw new ChainCompileException("unknown function " + call.name() + "()", call);
        return fn;
    }

    static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder(" (");
        for (Param p : fn.numericParams()) s.append(s.length() > 2 ? ", " : "").append(p.name()).append('=').append(literal(p.defaultValue()));
        return s.append(')').toString();
    }

    static String literal(double v) {
        String s = String.format(Locale.ROOT, "%.9g", v);
        return s.contains(".") || s.contains("e") ? s : s + ".0";
    }

    private String declare(String type, String expression) {
        String name = (type.equals("vec2") ? "st" : "c") + vars++;
        body.append("    ").append(type).append(' ').append(name).append(" = ").append(expression).append(";\n");
        return name;
    }

    private String assemble(String colour) {
        StringBuilder s = new StringBuilder("#version 330 core\n");
        s.append("uniform float time;\nuniform vec2 resolution;\n");
        for (CompiledChain.LiveUniform u : live) s.append("uniform float ").append(u.name()).append(";\n");
        for (CompiledChain.TextureInput t : textures.values()) s.append("uniform sampler2D ").append(t.name()).append(";\n");
        s.append("out vec4 fragColor;\n").append(GlslPrelude.HELPERS);
        for (VisualFunction fn : used) s.append(GlslFunctions.declare(fn));
        s.append("void main() {\n").append(body).append("    fragColor = ").append(colour).append(";\n}\n");
        return s.toString();
    }
}
