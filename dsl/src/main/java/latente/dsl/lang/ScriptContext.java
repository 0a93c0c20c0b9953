package latente.dsl.lang;

import latente.dsl.show.ShowControl;

/**
 * What an area's word interface needs from the running script: the show and the name of the
 * code being run (for error lines). Word interfaces extend this and delegate in default methods:
 *
 * <pre>{@code
 * public interface AudioWords extends ScriptContext {
 *     default AudioInput getAudio() { return showControl().audio(); }
 * }
 * }</pre>
 */
public interface ScriptContext {
    ShowControl showControl();

    String origin();
}
