package latente.dsl.lang;

import latente.dsl.engine.Engine;

/**
 * What an area's word interface needs from the running script: the engine and the name of the
 * code being run (for error lines). Word interfaces extend this and delegate in default methods:
 *
 * <pre>{@code
 * public interface AudioWords extends ScriptContext {
 *     default AudioInput getAudio() { return engine().audio(); }
 * }
 * }</pre>
 */
public interface ScriptContext {
    Engine engine();

    String origin();
}
