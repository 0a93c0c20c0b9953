package latente.bench.audio;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import javax.sound.sampled.AudioFormat;
import latente.audio.AudioAnalyzer;
import latente.audio.AudioEngine;
import latente.audio.AudioEvents;
import latente.audio.AudioPublisher;
import latente.audio.analysis.Spectrum;
import latente.audio.input.CaptureInput;
import latente.audio.input.CaptureLine;
import latente.audio.offline.DrumSynth;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.runtime.bus.ParamBus;

/**
 * {@code latente bench audio}: the cost of one analysis hop, and the latency from a hop's last
 * sample arriving to its features being on the bus, through the real engine thread fed by a
 * capture line that delivers a synthesized drum loop in real time.
 */
public final class BenchAudioCommand implements Subcommand {
    @Override
    public String name() {
        return "bench audio";
    }

    @Override
    public String summary() {
        return "cost of an audio analysis hop and sample-to-bus latency";
    }

    @Override
    public String usage() {
        return """
                usage: latente bench audio [--seconds S]
                  Prints the cost of one analysis hop (512 samples at 44.1 kHz: FFT, bins, bands,
                  onsets, beat tracking, bus publish), mean and p99 in ns, over a 120 BPM drum loop;
                  then runs the live engine for S seconds (default 5) from a real-time capture line
                  and prints the latency from samples arriving to features on the bus.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("seconds"), Set.of());
        double seconds = o.number("seconds", 5);
        double rate = 44100;
        float[] loop = new DrumSynth(rate, 30).play(120, 30).noise(0.02).samples();

        AudioAnalyzer a = new AudioAnalyzer(rate, AudioEvents.NONE);
        AudioPublisher publisher = new AudioPublisher(new ParamBus());
        int hops = loop.length / Spectrum.HOP;
        long[] cost = new long[hops];
        long[] cpu = new long[hops];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        for (int round = 0; round < 3; round++) {
            for (int h = 0; h < hops; h++) {
                long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                a.process(loop, h * Spectrum.HOP);
                publisher.publish(a);
                cost[h] = System.nanoTime() - t0;
                cpu[h] = cpuTimed ? threads.getCurrentThreadCpuTime() - c0 : 0;
            }
        }
        out.printf(Locale.ROOT, "audio hop (%d samples, %.1f ms of audio at %.0f Hz): mean %s ns, p50 %s ns, p99 %s ns over %d hops%n",
                Spectrum.HOP, 1000.0 * Spectrum.HOP / rate, rate, fmt(mean(cost)), fmt(percentile(cost, 0.5)), fmt(percentile(cost, 0.99)), hops);
        if (cpuTimed) {
            out.printf(Locale.ROOT, "  thread CPU time per hop (excludes time the OS gave to other processes): mean %s ns, p99 %s ns%n",
                    fmt(mean(cpu)), fmt(percentile(cpu, 0.99)));
        }

        long[] latency = new long[(int) (seconds * rate / Spectrum.HOP) + 16];
        int[] count = {0};
        ParamBus bus = new ParamBus();
        try (AudioEngine engine = new AudioEngine(bus, m -> err.println(m), true)) {
            engine.setLatencyProbe(ns -> {
                if (count[0] < latency.length) latency[count[0]++] = ns;
            });
            engine.use(new CaptureInput(new RealTimeLine(loop, rate)));
            engine.start();
            Thread.sleep((long) (seconds * 1000));
        }
        long[] got = Arrays.copyOf(latency, count[0]);
        out.printf(Locale.ROOT, "sample-to-bus latency (live engine thread, %d hops): mean %s ns, p99 %s ns, max %s ns%n",
                got.length, fmt(mean(got)), fmt(percentile(got, 0.99)), fmt(percentile(got, 1.0)));
        out.printf(Locale.ROOT, "  one hop is %.1f ms of audio; capture buffers are %d frames or fewer%n",
                1000.0 * Spectrum.HOP / rate, CaptureInput.MAX_FRAMES);
        out.printf(Locale.ROOT, "  analysis delay: onsets are reported %d samples (%.1f ms) before the hop that sees them; beats are predicted and fired that early%n",
                AudioAnalyzer.LATENCY_SAMPLES, 1000.0 * AudioAnalyzer.LATENCY_SAMPLES / rate);
        out.printf(Locale.ROOT, "  tempo found on the loop: %.2f BPM (true 120)%n", a.bpm());
        return 0;
    }

    private static long mean(long[] xs) {
        if (xs.length == 0) return 0;
        long s = 0;
        for (long x : xs) s += x;
        return s / xs.length;
    }

    private static long percentile(long[] xs, double p) {
        if (xs.length == 0) return 0;
        long[] c = xs.clone();
        Arrays.sort(c);
        int i = (int) Math.ceil(p * c.length) - 1;
        return c[Math.max(0, Math.min(c.length - 1, i))];
    }

    private static String fmt(long ns) {
        return String.format(Locale.ROOT, "%,d", ns);
    }

    /** A capture line that hands out a looped signal 512 frames at a time, each when it is due. */
    private static final class RealTimeLine implements CaptureLine {
        private final float[] signal;
        private final double rate;
        private long frames;
        private long start = -1;

        RealTimeLine(float[] signal, double rate) {
            this.signal = signal;
            this.rate = rate;
        }

        @Override
        public AudioFormat format() {
            return new AudioFormat((float) rate, 16, 1, true, false);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = Math.min(length / 2, Spectrum.HOP);
            if (start < 0) start = System.nanoTime();
            long due = start + (long) ((frames + n) * 1e9 / rate);
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) LockSupport.parkNanos(due - now);
            for (int i = 0; i < n; i++) {
                int v = Math.round(signal[(int) ((frames + i) % signal.length)] * 32767f);
                v = Math.max(-32768, Math.min(32767, v));
                buffer[offset + 2 * i] = (byte) v;
                buffer[offset + 2 * i + 1] = (byte) (v >> 8);
            }
            frames += n;
            return 2 * n;
        }

        @Override
        public String name() {
            return "bench loop";
        }

        @Override
        public void close() {}
    }
}
