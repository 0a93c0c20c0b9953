package latente.render.glsl;

import latente.runtime.scene.Call;

/**
 * A chain that cannot become a shader: an unknown function, a wrong argument, or GLSL that the
 * driver refused. Carries the call (and so the set-file line) the performer should look at.
 */
public final class ChainCompileException extends Exception {
    private final transient Call call;

    public ChainCompileException(String message, Call call) {
        super(call != null && call.line() > 0 ? at(call) + ": " + message : message);
        this.call = call;
    }

    private static String at(Call call) {
        return (call.origin() == null ? "line " : call.origin() + ":") + call.line();
    }

    /** The call at fault, or null when the whole chain is. */
    public Call call() {
        return call;
    }
}
