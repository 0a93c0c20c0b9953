package latente.dsl.engine;

import latente.runtime.scene.Scene;

/**
 * Makes a scene the one being drawn, after compiling its shaders. Live, this hands the scene to
 * the render thread and waits for its verdict; offline, the rendering thread installs it itself.
 */
@FunctionalInterface
public interface SceneInstaller {
    /** @throws Exception with a performer-readable message when a shader does not compile */
    void install(Scene scene) throws Exception;
}
