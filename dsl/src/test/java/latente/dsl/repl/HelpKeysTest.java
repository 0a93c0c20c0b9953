package latente.dsl.repl;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import latente.dsl.engine.Engine;
import latente.dsl.wiring.Shows;
import latente.render.stage.StageKeys;
import org.junit.jupiter.api.Test;

/** {@code :help keys} lists every stage key from the one table the key handling reads. */
class HelpKeysTest {
    @Test
    void helpKeysListsEveryStageKey() {
        StringWriter text = new StringWriter();
        new ReplCommands(Shows.engine(new PrintStream(new ByteArrayOutputStream())), new PrintWriter(text, true)).run(":help keys");
        String out = text.toString();
        for (StageKeys.Key k : StageKeys.TABLE) assertTrue(out.contains(k.keys()) && out.contains(k.action()), out);
        for (String action : new String[] {"tap tempo", "blackout", "next scene", "previous scene", "HUD", "fullscreen"}) {
            assertTrue(out.contains(action), "'" + action + "' missing from:\n" + out);
        }
    }
}
