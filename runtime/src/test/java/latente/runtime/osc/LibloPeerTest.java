package latente.runtime.osc;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

/**
 * A real peer: liblo's {@code oscsend} (package liblo-tools, installed by .ci/run) sends to our
 * receiver, and the values reach the slot and the handler as it sent them.
 */
class LibloPeerTest {
    private static void oscsend(int port, String... message) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("oscsend", "127.0.0.1", String.valueOf(port)));
        cmd.addAll(List.of(message));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("oscsend is missing: install liblo-tools (.ci/run does)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "oscsend hung");
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void oscsendReachesASlotAndAHandler() throws Exception {
        List<String> log = new ArrayList<>();
        List<OscMessage> heard = new CopyOnWriteArrayList<>();
        try (OscIn in = new OscIn(new ParamBus(), OscInConfig.defaults().withPort(0).withBindAddress("127.0.0.1"), log::add)) {
            in.on("/layer/*/name", heard::add);
            oscsend(in.port(), "/fader/1", "f", "0.25");
            oscsend(in.port(), "/layer/3/name", "sih", "moss", "7", "9000000000");
            // liblo sends each on its own; wait for both (readiness), draining the queue to the handler.
            long end = System.nanoTime() + 60_000_000_000L;
            while ((heard.isEmpty() || in.value("/fader/1", -1) != 0.25) && System.nanoTime() < end) {
                in.poll();
                Thread.sleep(1);
            }
            assertEquals(0.25, in.value("/fader/1", -1), "the slot holds what oscsend sent");
            assertEquals(1, heard.size());
            OscMessage m = heard.get(0);
            assertEquals("/layer/3/name", m.address());
            assertEquals("sih", m.types());
            assertEquals("moss", m.arg(0));
            assertEquals(7, m.arg(1));
            assertEquals(9_000_000_000L, m.arg(2));
            assertEquals("no errors", in.errors().summary(), String.valueOf(log));
        }
    }
}
