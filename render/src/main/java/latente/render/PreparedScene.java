package latente.render;

import latente.runtime.scene.Scene;

/**
 * A scene whose shaders the compile thread has compiled, linked, drawn and proven affordable in
 * its own context ({@link ScenePreparer}), ready for {@link Renderer#install}. Only the preparer
 * makes one, so holding one is the proof that the scene passed.
 *
 * <p>Thread contract: immutable; handed to the render thread through an atomic reference.
 */
public final class PreparedScene {
    private final Scene scene;

    PreparedScene(Scene scene) {
        this.scene = scene;
    }

    public Scene scene() {
        return scene;
    }
}
