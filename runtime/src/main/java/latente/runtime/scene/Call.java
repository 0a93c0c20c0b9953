package latente.runtime.scene;

import java.util.List;

/**
 * One function application in a chain, such as {@code rotate(0.5)}: a vocabulary name and its
 * arguments in order (missing trailing arguments take the vocabulary's defaults).
 *
 * @param line       the line of the set file (or REPL block) that wrote the call, for error
 *                   messages; 0 when unknown
 * @param definition what the name meant when the call was written, when that is not the built-in
 *                   vocabulary's meaning (a performer's {@code setFunction}); null for built-ins.
 *                   The chain carries it so that the renderer compiles the definition the
 *                   evaluation saw, with no table shared between engines.
 */
public record Call(String name, List<Arg> args, String origin, int line, Definition definition) {
    public Call {
        args = List.copyOf(args);
    }

    /** A call of a built-in vocabulary function. */
    public Call(String name, List<Arg> args, String origin, int line) {
        this(name, args, origin, line, null);
    }

    /** The same call with other arguments. */
    public Call withArgs(List<Arg> newArgs) {
        return new Call(name, newArgs, origin, line, definition);
    }

    /** A function definition a chain carries with it (implemented by the renderer's vocabulary). */
    public interface Definition {}
}
