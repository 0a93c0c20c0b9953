package latente.runtime.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Everything the render and control threads need to draw: the chain of each output o0..o3, which
 * output is shown, and the live values to compute. Immutable: the eval thread builds a new scene
 * and the engine swaps one atomic reference, so a frame always sees one whole scene.
 *
 * <p>The controls of a chain live in its {@link Arg.Slot} arguments, so replacing an output
 * also drops the closures that fed it.
 */
public final class Scene {
    public static final int OUTPUTS = 4;
    /** {@link #shown()} value meaning "all four outputs in a 2×2 grid" (Hydra's {@code render()}). */
    public static final int SHOW_ALL = -1;

    private final Chain[] outputs;
    private final int shown;
    private final List<Control> controls;

    public Scene(Chain[] outputs, int shown) {
        if (outputs.length != OUTPUTS) throw new IllegalArgumentException("a scene has " + OUTPUTS + " outputs");
        this.outputs = outputs.clone();
        this.shown = shown;
        List<Control> found = new ArrayList<>();
        for (Chain c : outputs) if (c != null) collect(c, found);
        this.controls = Collections.unmodifiableList(found);
    }

    private static void collect(Chain chain, List<Control> into) {
        for (Call call : chain.calls()) {
            for (Arg a : call.args()) {
                if (a instanceof Arg.Slot s && s.control() != null && !into.contains(s.control())) into.add(s.control());
                if (a instanceof Arg.ChainArg c) collect(c.chain(), into);
            }
        }
    }

    public static Scene empty() {
        return new Scene(new Chain[OUTPUTS], 0);
    }

    /** The chain of output {@code index}, or null when nothing is drawn there. */
    public Chain output(int index) {
        return outputs[index];
    }

    public int shown() {
        return shown;
    }

    /** Every live value of every chain; the control thread computes these each tick. */
    public List<Control> controls() {
        return controls;
    }

    /** A copy with output {@code index} replaced (null clears it). */
    public Scene withOutput(int index, Chain chain) {
        Chain[] next = outputs.clone();
        next[index] = chain;
        return new Scene(next, shown);
    }

    public Scene withShown(int shown) {
        return new Scene(outputs, shown);
    }

    @Override
    public String toString() {
        return "Scene" + Arrays.toString(outputs) + " shown=" + shown;
    }
}
