package latente.dsl.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import latente.dsl.engine.LogReplay;
import latente.dsl.engine.OfflineRender;
import latente.dsl.wiring.Shows;
import latente.runtime.log.LogReader;
import latente.runtime.record.FrameWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logged show with a latent walk and a jump replays to the same frames every time; the seed and
 * walk events need no hook of their own, and {@code --steps} changes the model's frames.
 */
class LatentReplayTest {
    @TempDir
    Path dir;

    private List<byte[]> replay(Path log, int steps, ByteArrayOutputStream messages) throws Exception {
        List<byte[]> frames = new ArrayList<>();
        LogReplay replay = new LogReplay(LogReader.read(log), new PrintStream(messages, true)).steps(steps);
        try (OfflineRender r = Shows.offline(64, 64, new PrintStream(messages, true))) {
            replay.render(r, 12, 10, new FrameWriter() {
                public void write(ByteBuffer rgba) {
                    byte[] b = new byte[rgba.capacity()];
                    rgba.get(0, b);
                    frames.add(b);
                }

                public String finish() {
                    return "";
                }
            }, null);
        }
        assertTrue(replay.unhandled().isEmpty(), "every event has a hook: " + replay.unhandled());
        return frames;
    }

    @Test
    void aLoggedLatentShowReplaysIdenticallyAndStepsChangeTheModelFrames() throws Exception {
        Path log = dir.resolve("show.log.jsonl");
        Files.writeString(log, String.join("\n",
                "{\"type\":\"start\",\"t\":0.0,\"frame\":0,\"fps\":10.0,\"width\":64,\"height\":64,\"time\":0.0,\"beat\":0.0,\"bpm\":120.0,\"speed\":1.0}",
                "{\"type\":\"eval\",\"t\":0.0,\"frame\":0,\"origin\":\"s\",\"code\":\"g = latent('<moss glass>', seed: 9, size: 128, rate: 0.3)\\nsrc(g).out(o0)\",\"whole\":true,\"ok\":true}",
                "{\"type\":\"seed\",\"t\":0.0,\"frame\":0,\"model\":\"builtin:garden\",\"seed\":9}",
                "{\"type\":\"eval\",\"t\":0.6,\"frame\":6,\"origin\":\"repl\",\"code\":\"g.jump()\",\"whole\":false,\"ok\":true}",
                "{\"type\":\"walk\",\"t\":0.6,\"frame\":6,\"model\":\"builtin:garden\",\"jump\":true}",
                "{\"type\":\"stop\",\"t\":1.2,\"frame\":12}", ""));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        List<byte[]> a = replay(log, 0, messages), b = replay(log, 0, messages), fewer = replay(log, 1, messages);
        for (int k = 0; k < a.size(); k++) assertArrayEquals(a.get(k), b.get(k), "frame " + k);
        assertFalse(Arrays.equals(a.get(3), a.get(9)), "the walk and the jump show");
        assertFalse(Arrays.equals(a.get(9), fewer.get(9)), "--steps 1 gives other model frames");
    }
}
