package latente.dsl.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The performer's REPL beside the render window (JLine 3): multi-line blocks (Enter on an empty
 * line or Alt-Enter sends), persistent history, completion with argument names and defaults,
 * syntax colours, and colon commands. Messages from other threads (watcher, closures, eval port)
 * are printed above the prompt without breaking the line being typed.
 *
 * <p>Thread contract: {@link #run} on one thread (the main thread in {@code latente play});
 * {@link #stop} and {@link #printAbove} from any thread. The render thread never waits for it.
 */
public final class Repl {
    private final Engine engine;
    private final Terminal terminal;
    private final LineReader reader;
    private final BlockParser parser = new BlockParser();
    private final ReplCommands commands;
    private volatile boolean stopping;
    private int blocks;

    public Repl(Engine engine, Terminal terminal, Path history) {
        this.engine = engine;
        this.terminal = terminal;
        LineReaderBuilder b = LineReaderBuilder.builder()
                .appName("latente")
                .terminal(terminal)
                .parser(parser)
                .completer(new LanguageCompleter())
                .highlighter(new LanguageHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "      | ")
                .variable(LineReader.HISTORY_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_BRACKET, false);
        if (history != null) {
            try {
                Files.createDirectories(history.toAbsolutePath().getParent());
                b.variable(LineReader.HISTORY_FILE, history);
            } catch (IOException e) {
                terminal.writer().println("history is off: cannot create " + history.getParent() + " (" + e.getMessage() + ")");
            }
        }
        reader = b.build();
        reader.getWidgets().put("latente-send-block", () -> {
            parser.sendNextAsIs();
            return reader.getBuiltinWidgets().get(LineReader.ACCEPT_LINE).apply();
        });
        var main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference("latente-send-block"), KeyMap.alt('\r'), KeyMap.alt('\n'));
        commands = new ReplCommands(engine, terminal.writer());
    }

    /** Where the history lives: {@code $XDG_STATE_HOME/latente/history}, else {@code ~/.local/state/latente/history}. */
    public static Path defaultHistory() {
        String override = System.getProperty("latente.history");
        if (override != null) return Path.of(override);
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("latente").resolve("history");
    }

    /** Reads and evaluates blocks until {@code :quit}, end of input (Ctrl-D) or {@link #stop}. */
    public void run() {
        PrintWriter out = terminal.writer();
        out.println("latente REPL - Enter on an empty line (or Alt-Enter) sends the block; :help lists commands");
        out.flush();
        try {
            while (!stopping) {
                String block;
                try {
                    block = reader.readLine("latente> ");
                } catch (UserInterruptException e) {
                    if (stopping) break;
                    out.println("(Ctrl-C drops the block; :quit leaves)");
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (block.isBlank()) continue;
                try {
                    if (block.stripLeading().startsWith(":")) {
                        if (!commands.run(block.strip())) break;
                        continue;
                    }
                    EvalResult r = engine.evaluateBlock(block.stripTrailing() + "\n", "repl");
                    blocks++;
                    out.println(r.ok() ? "ok" : r.error());
                } catch (RuntimeException e) {
                    out.println("REPL: " + e); // a broken command must not end the performance
                }
                out.flush();
            }
        } finally {
            commands.close();
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                out.println("history not saved: " + e.getMessage());
            }
            out.flush();
        }
    }

    /** Prints a message from another thread above the prompt. */
    public void printAbove(String message) {
        reader.printAbove(message);
    }

    /** Blocks evaluated so far. */
    public int blocks() {
        return blocks;
    }

    /** Ends {@link #run} from another thread (the window was closed). */
    public void stop() {
        stopping = true;
        terminal.raise(Terminal.Signal.INT);
    }

    LineReader reader() {
        return reader;
    }
}
