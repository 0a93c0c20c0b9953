package latente.dsl.wiring;

import java.io.PrintStream;
import latente.dsl.engine.Engine;
import latente.dsl.engine.OfflineRender;
import latente.dsl.eval.Evaluator;

/**
 * Where the show and its language meet: the one place that hands the engine the Groovy
 * evaluator. The engine ({@code latente.dsl.engine}) knows only the {@code ScriptRunner}
 * interface and the language ({@code latente.dsl.lang}, {@code latente.dsl.eval}) only the
 * {@code ShowControl} interface; commands, the live show and tests get a wired engine from here.
 */
public final class Shows {
    private Shows() {}

    /** A show that runs Latente sets; messages for the performer go to {@code messages}. */
    public static Engine engine(PrintStream messages) {
        return new Engine(messages, Evaluator::new);
    }

    /** A show rendered offline on a headless GL context of {@code width}x{@code height}. */
    public static OfflineRender offline(int width, int height, PrintStream messages) {
        return new OfflineRender(engine(messages), width, height);
    }
}
