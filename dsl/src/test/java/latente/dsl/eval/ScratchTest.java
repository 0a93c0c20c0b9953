package latente.dsl.eval;

import latente.dsl.engine.Engine;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        Engine e = new Engine(System.out);
        String[] cases = {
            "osc(10).rotat(0.5).out(o0)",
            "oscc(10).out(o0)",
            "osc.out(o0)",
            "tempo 130\nnoise(3).out(o5)",
            "osc(10).out(o0\n",
            "osc(10).out(o0))",
            "osc(10).kaleid('five').out(o0)",
            "time().out()",
            "osc(10).out(o0, 2)",
            "def x = 1/0",
            "cue 'nope'",
            "scene('a') { osc().out(o1) }\ncue 'a'",
            "osc(10)\n  .rotate(0.1)\n  .colr(1, 0, 0)\n  .out(o0)",
            "osc(10).blend(noise, 0.5).out()",
            "shape(4).out(o1)\nrender(o4)",
            "tmpo 120",
            "osc(10).out(o0)\nx = 'abc",
        };
        for (String c : cases) {
            EvalResult r = e.evaluateBlock(c, "set.groovy");
            System.out.println("=== " + c.replace("\n", "\\n") + "\n" + (r.ok() ? "OK " + e.scene() : r.error()));
        }
    }
}
