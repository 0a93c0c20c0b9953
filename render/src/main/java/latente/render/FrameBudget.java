package latente.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import latente.render.glsl.ChainCompileException;
import latente.runtime.scene.Scene;

/**
 * Live only: refuses a scene whose outputs together would take longer than the budget per frame
 * at the current size. Each new shader is measured once by a {@link CostTrial}; its cost per
 * pixel is kept, by GLSL source, while its program lives, so re-applying a scene or changing the
 * size costs no trial. A budget of 0 checks nothing (offline, where a slow frame only makes the
 * render slower).
 *
 * <p>Thread contract: the thread that owns the trial's context: live, the compile thread
 * ({@link ScenePreparer}), so that trials never take time from a frame; offline and in tests the
 * render thread ({@link Renderer#apply}).
 */
final class FrameBudget {
    /** A shader measured over the budget by less than this factor gets a second trial. */
    private static final double NEAR_MISS = 4;
    private final Map<String, Double> perPixel = new HashMap<>();
    private final CostTrial trial;
    private double millis;

    FrameBudget(CostTrial trial) {
        this.trial = trial;
    }

    static double liveMillis() {
        return Double.parseDouble(System.getProperty("latente.frameBudgetMillis", "100"));
    }

    void millis(double millis) {
        this.millis = millis;
    }

    /** Throws when {@code plans} would take longer than the budget per frame at width × height. */
    void check(DrawPlan[] plans, double time, int width, int height) throws ChainCompileException {
        if (millis <= 0) return;
        long pixels = (long) width * height;
        double total = 0;
        double worst = -1;
        int worstOutput = 0;
        for (int i = 0; i < Scene.OUTPUTS; i++) {
            DrawPlan p = plans[i];
            if (p == null) continue;
            Double cost = perPixel.get(p.source);
            if (cost == null) {
                cost = trial.millisPerPixel(p, time, pixels, millis);
                // A near miss is measured once more before it counts: on a busy machine one trial can
                // be stretched by the scheduler (first-light measured 125 ms against 100 once). A shader
                // far over the budget is refused at once, so its trials cost the show no more time.
                double over = cost * pixels / millis;
                if (over > 1 && over < NEAR_MISS) cost = Math.min(cost, trial.millisPerPixel(p, time, pixels, millis));
                perPixel.put(p.source, cost);
            }
            total += cost * pixels;
            if (cost > worst) {
                worst = cost;
                worstOutput = i;
            }
        }
        if (total > millis) {
            throw new ChainCompileException(String.format(Locale.ROOT,
                    "o%d: this scene would take about %.0f ms per frame at %dx%d (the frame budget is %.0f ms), so the previous "
                            + "scene keeps running; use fewer or shorter loops, fewer functions, or a smaller setResolution",
                    worstOutput, total, width, height, millis), null);
        }
    }

    /** True when the budget is checked (and every new program gets its trial). */
    boolean active() {
        return millis > 0;
    }

    /** The program of {@code source} is gone: its cost goes too. */
    void forget(String source) {
        perPixel.remove(source);
    }
}
