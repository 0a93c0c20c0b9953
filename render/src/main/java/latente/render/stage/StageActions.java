package latente.render.stage;

/**
 * What the stage keys do ({@link StageKeys}). Called on the render thread from a key callback:
 * implementations flip flags or hand the work to another thread; they never block and never run
 * user code there (a scene change runs its body on the engine's cue thread).
 */
public interface StageActions extends StageToggles {
    void tapTempo();

    /** Moves {@code step} scenes along the set's scene list (+1 next, -1 previous). */
    void scene(int step);
}
