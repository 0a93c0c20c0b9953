package latente.runtime.scene;

import java.util.List;

/**
 * One function application in a chain, such as {@code rotate(0.5)}: a vocabulary name and its
 * arguments in order (missing trailing arguments take the vocabulary's defaults).
 *
 * @param line the line of the set file (or REPL block) that wrote the call, for error messages;
 *             0 when unknown
 */
public record Call(String name, List<Arg> args, String origin, int line) {
    public Call {
        args = List.copyOf(args);
    }
}
