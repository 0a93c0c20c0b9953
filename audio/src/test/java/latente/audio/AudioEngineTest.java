package latente.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import latente.audio.input.CaptureInput;
import latente.audio.input.FakeLine;
import latente.audio.offline.DrumSynth;
import latente.audio.offline.WavWriter;
import latente.runtime.bus.ParamBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioEngineTest {
    @TempDir Path dir;

    @Test
    void liveCaptureReachesTheBusAndAnUnpluggedDeviceBecomesSilence() throws Exception {
        ParamBus bus = new ParamBus();
        List<String> notices = new CopyOnWriteArrayList<>();
        float[] loop = new DrumSynth(48000, 12).play(120, 12).samples();
        try (AudioEngine engine = new AudioEngine(bus, notices::add, true)) {
            Audio audio = new Audio(bus, engine);
            engine.use(new CaptureInput(new FakeLine(loop, 48000, 2, FakeLine.End.THROW)));
            engine.start();
            waitFor(() -> !notices.isEmpty(), 20_000);
            assertEquals(1, notices.size(), "one notice: " + notices);
            assertTrue(notices.get(0).contains("Fake USB Audio") && notices.get(0).contains("silence"), notices.get(0));
            assertEquals(120, audio.getBpm(), 2.4, "tempo heard before the device vanished");
            assertTrue(audio.getBeatCount() >= 12, "beats: " + audio.getBeatCount());
            assertTrue(audio.getOnsetCount() >= 20, "onsets: " + audio.getOnsetCount());
            double hop = bus.get("audio:hop");
            waitFor(() -> bus.get("audio:hop") > hop, 60_000); // the engine keeps running on silence
            assertEquals(1, notices.size(), "still one notice: " + notices);
            waitFor(() -> audio.getEnergy() < 0.01 && audio.getBass() < 0.01, 60_000);
            int drained = audio.events().drain(AudioEvents.NONE);
            assertTrue(drained >= 12, "events queued for on.beat/on.onset: " + drained);
        }
    }

    @Test
    void closingUnblocksACaptureReadQuietly() throws Exception {
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        latente.audio.input.CaptureLine blocking = new latente.audio.input.CaptureLine() {
            @Override public javax.sound.sampled.AudioFormat format() {
                return new javax.sound.sampled.AudioFormat(44100f, 16, 1, true, false);
            }

            @Override public int read(byte[] buffer, int offset, int length) {
                reading.countDown();
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("line closed");
            }

            @Override public String name() {
                return "blocking";
            }

            @Override public void close() {
                closed.countDown();
            }
        };
        List<String> notices = new CopyOnWriteArrayList<>();
        AudioEngine engine = new AudioEngine(new ParamBus(), notices::add, true);
        engine.use(new CaptureInput(blocking));
        engine.start();
        assertTrue(reading.await(60, java.util.concurrent.TimeUnit.SECONDS));
        // The capture never returns by itself, so a close that waited for it would hang: the bound
        // only turns that hang into a failure.
        long start = System.nanoTime();
        engine.close();
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "close does not wait for the blocked capture");
        assertTrue(notices.isEmpty(), "no failure notice for a deliberate close: " + notices);
    }

    @Test
    void badInputsGiveANoticeAndSilenceNeverAnException() {
        ParamBus bus = new ParamBus();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (AudioEngine engine = new AudioEngine(bus, notices::add, true)) {
            assertEquals("silence", engine.input(dir.resolve("missing.wav").toString()));
            assertEquals("silence", engine.input("No Such Device 123"));
            assertEquals(2, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("no such file"), notices.get(0));
            assertTrue(notices.get(1).contains("No Such Device 123") || notices.get(1).contains("no audio capture"), notices.get(1));
        }
    }

    @Test
    void aFilePlaysInStepWithTheWallClock() throws Exception {
        Path wav = dir.resolve("loop.wav");
        WavWriter.write(wav, new DrumSynth(44100, 2).play(120, 2).samples(), 44100, 1);
        ParamBus bus = new ParamBus();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (AudioEngine engine = new AudioEngine(bus, notices::add, true)) {
            assertTrue(engine.input(wav.toString()).contains("loop.wav"));
            engine.start();
            // Paced like a sound card: it never plays faster than the wall clock. (Slower is what a
            // busy machine does, so that side is a benchmark's, not a test's.)
            long start = System.nanoTime();
            waitFor(() -> bus.get("audio:time") >= 1.0, 60_000);
            double played = bus.get("audio:time");
            double wall = (System.nanoTime() - start) / 1e9;
            assertTrue(played <= wall + 0.1, "played " + played + " s in " + wall + " s");
            waitFor(() -> !notices.isEmpty(), 60_000);
            assertTrue(notices.get(0).contains("ended"), notices.toString());
        }
    }

    @Test
    void offlineFramesDriveTheAnalysisDeterministically() throws Exception {
        Path wav = dir.resolve("loop.wav");
        WavWriter.write(wav, new DrumSynth(44100, 10).play(100, 10).samples(), 44100, 1);
        double[] first = runOffline(wav), second = runOffline(wav);
        assertEquals(first[0], second[0]);
        assertEquals(first[1], second[1]);
        assertEquals(100, first[0], 2);
    }

    @Test
    void hydraStyleFftThroughTheFacade() throws Exception {
        Path wav = dir.resolve("tone.wav");
        float[] tone = new float[44100];
        for (int i = 0; i < tone.length; i++) tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 44100.0));
        WavWriter.write(wav, tone, 44100, 1);
        ParamBus bus = new ParamBus();
        try (AudioEngine engine = new AudioEngine(bus, m -> {}, false)) {
            Audio a = new Audio(bus, engine);
            a.input(wav.toString());
            engine.advanceTo(0.3);
            assertEquals(4, a.getFft().size());
            assertTrue(a.getFft().getAt(2) > 0.6, a.getFft().toString());
            assertEquals(0, a.getFft().getAt(0));
            assertEquals(0, a.getFft().getAt(99), "out of range reads 0");
            a.setBins(8);
            engine.advanceTo(0.4);
            assertEquals(8, a.getFft().size());
            assertTrue(a.getMid() > 0.5 && a.getBass() < 0.1, a.toString());
        }
    }

    private double[] runOffline(Path wav) {
        ParamBus bus = new ParamBus();
        try (AudioEngine engine = new AudioEngine(bus, m -> {}, false)) {
            engine.input(wav.toString());
            double pulseMax = 0, pulseMin = 1, phaseMin = 1, phaseMax = 0;
            for (int frame = 1; frame <= 9 * 120; frame++) {
                engine.advanceTo(frame / 120.0);
                if (frame > 5 * 120) {
                    pulseMax = Math.max(pulseMax, bus.get("audio:beat"));
                    pulseMin = Math.min(pulseMin, bus.get("audio:beat"));
                    phaseMax = Math.max(phaseMax, bus.get("audio:phase"));
                    phaseMin = Math.min(phaseMin, bus.get("audio:phase"));
                }
            }
            assertEquals(9.0, bus.get("audio:time"), 0.02);
            assertTrue(pulseMax > 0.9 && pulseMin < 0.05, "beat pulse between " + pulseMin + " and " + pulseMax);
            assertTrue(phaseMin < 0.05 && phaseMax > 0.95 && phaseMax < 1, "phase between " + phaseMin + " and " + phaseMax);
            return new double[] {bus.get("audio:bpm"), bus.get("audio:beatCount")};
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) throw new AssertionError("never happened (a hang)");
            Thread.sleep(10);
        }
    }
}
