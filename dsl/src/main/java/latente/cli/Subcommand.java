package latente.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code latente} command line ({@code play}, {@code render}, ...).
 * Implementations are listed in {@link Subcommands}. Exit codes: 0 success, 1 runtime failure,
 * 2 bad input (unknown option, missing or broken set file, shader error).
 */
public interface Subcommand {
    /** The word typed after {@code latente}; may contain a space for nested commands ("model build"). */
    String name();

    /** One line for {@code latente --help}. */
    String summary();

    /** Usage text for {@code latente NAME --help}. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
