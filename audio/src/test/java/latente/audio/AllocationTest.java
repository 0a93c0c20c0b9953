package latente.audio;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import latente.audio.analysis.Spectrum;
import latente.audio.offline.DrumSynth;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;

/** A hop of analysis and its bus publish allocate nothing once warm (measured by the JVM's per-thread counter). */
class AllocationTest {
    @Test
    void analysisHopsDoNotAllocate() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter in this JVM");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        float[] x = new DrumSynth(44100, 20).play(125, 20).noise(0.02).samples();
        AudioEventQueue queue = new AudioEventQueue(1 << 16);
        AudioAnalyzer a = new AudioAnalyzer(44100, queue);
        AudioPublisher p = new AudioPublisher(new ParamBus());
        int hops = x.length / Spectrum.HOP;
        for (int round = 0; round < 4; round++) {
            for (int h = 0; h < hops; h++) {
                a.process(x, h * Spectrum.HOP);
                p.publish(a);
            }
        }
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        for (int h = 0; h < hops; h++) {
            a.process(x, h * Spectrum.HOP);
            p.publish(a);
        }
        long allocated = mx.getThreadAllocatedBytes(id) - before;
        // The counter itself may cost a few bytes; anything done per hop would cost at least 16 a hop.
        assertTrue(allocated < hops, allocated + " bytes allocated over " + hops + " hops");
    }
}
