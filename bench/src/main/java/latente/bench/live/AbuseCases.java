package latente.bench.live;

import java.util.List;

/**
 * What a hostile or clumsy performer may type into a running show, one case each. Every case
 * writes to o1 while o0, the shown output, moves every frame, so a picture that stops changing
 * means the show froze, never that the attack merely made o1 static.
 */
public final class AbuseCases {
    /**
     * One attack: a name for the table, the block the performer sends, and the evaluation's time
     * limit (longer where the case is about memory, depth or volume, not time, so that a busy machine
     * cannot turn its answer into a time-out).
     */
    public record Case(String name, String code, double limitSeconds) {
        Case(String name, String code) {
            this(name, code, 2);
        }
    }

    /**
     * The running set: o0 changes every frame with the shader's own time. The render scale is
     * pinned: the adaptive scale's first step down on a busy machine allocates buffers and makes
     * the driver compile a scaling blit on the render thread (tens of ms), which would be
     * measured as if the attack had caused it.
     */
    public static final String SET = "renderScale 1\nosc(40, 2, 1.2).color(1, 0.6, 0.3).out(o0)\nsolid(0, 0, 0).out(o1)\nrender(o0)\n";

    public static final List<Case> ALL = List.of(
            new Case("slow shader", """
                    setFunction(name: 'slow', type: 'src', glsl: 'float s = 0.0; for (int i = 0; i < 2000000; i++) { s += sin(float(i) * _st.x); } return vec4(s);')
                    slow().out(o1)"""),
            new Case("heavy shader", """
                    setFunction(name: 'heavy', type: 'src', glsl: '''
                      vec2 p = _st; float s = 0.0;
                      for (int i = 0; i < 16; i++) {
                        for (int j = 0; j < 16; j++) {
                          p = vec2(sin(p.y * 3.1 + float(j)), cos(p.x * 2.7 - float(i))) + vec2(tan(p.x), atan(p.y, p.x + 2.0)) * 0.1;
                          s += exp(-abs(p.x - p.y)) * log(2.0 + p.x * p.x);
                        }
                      }
                      return vec4(fract(s), 0.0, 0.0, 1.0);''')
                    heavy().out(o1)"""),
            new Case("spinning thread", "Thread.start { while (true) {} }"),
            new Case("exit", "System.exit(0)"),
            new Case("engine", "engine().evaluator().limitSeconds(1e9)"),
            new Case("memory", "big = []\nwhile (true) big << new long[250_000]", 60),
            new Case("endless loop", "while (true) {}"),
            new Case("deep recursion", "def dive(n) { dive(n + 1) }\ndive(0)", 60),
            new Case("NaN, null, strings", "osc(Double.NaN, null, 'fast').out(o1)"),
            new Case("huge numbers", "osc(1e308, -1e308, 1e300).rotate(1e300).scale(1e-300).out(o1)"),
            new Case("2000-function chain", "def c = osc()\n2000.times { c = c.rotate(0.001) }\nc.out(o1)", 60),
            new Case("10000 out calls", "10000.times { osc(it % 60).out(o1) }", 60),
            new Case("100-function chain", "def c = osc()\n99.times { c = c.rotate(0.001) }\nc.out(o1)", 60));

    /**
     * Attacks that evaluate fine and strike later, from a closure the control thread calls every
     * tick: the performer's message is the one the show reports about that closure.
     */
    public static final List<Case> LIVE = List.of(
            new Case("allocating closure", "osc({ def l = []; while (true) l << new byte[1 << 20]; 1 }).out(o1)"),
            new Case("spinning closure", "osc({ while (true) {}; 1 }).out(o1)"));

    private AbuseCases() {}

    /** Every case: those answered by the evaluation, then the live ones. */
    public static List<Case> every() {
        List<Case> all = new java.util.ArrayList<>(ALL);
        all.addAll(LIVE);
        return all;
    }

    /** The case called {@code name}, or null. */
    public static Case named(String name) {
        for (Case c : every()) if (c.name().equals(name)) return c;
        return null;
    }
}
