package latente.dsl.repl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A {@link PrintStream} target that hands out whole messages, so messages from the engine's
 * threads can be printed above the REPL's prompt (or to plain stdout before the REPL starts).
 * Each {@code println} is one message.
 *
 * <p>Thread contract: any thread; lines are assembled under the stream's lock.
 */
public final class MessageSink extends OutputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile Consumer<String> target;

    public MessageSink(Consumer<String> target) {
        this.target = target;
    }

    public static PrintStream printStream(MessageSink sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    public void target(Consumer<String> t) {
        target = t;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String message = line.toString(StandardCharsets.UTF_8);
            line.reset();
            try {
                target.accept(message);
            } catch (RuntimeException ignored) {
                // a message that cannot be shown must not stop the thread that reported it
            }
        } else {
            line.write(b);
        }
    }
}
