package latente.dsl.lang;

import latente.dsl.stage.Stage;

/**
 * What an area's word interface needs from the running script: the stage and the name of the
 * code being run (for error lines). Word interfaces extend this and delegate in default methods:
 *
 * <pre>{@code
 * public interface AudioWords extends ScriptContext {
 *     default AudioInput getAudio() { return stage().audio(); }
 * }
 * }</pre>
 */
public interface ScriptContext {
    Stage stage();

    String origin();
}
