package latente.bench.record;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.bench.record.PacedLoop;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.dsl.engine.OfflineRender;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.FfmpegCommand;
import latente.runtime.record.FfmpegEncoder;
import latente.runtime.record.Recorder;
import latente.runtime.record.RecordingSettings;

/**
 * {@code latente bench record}: live recording at growing sizes and rates (paced by the wall
 * clock, PBO readback, H.264 through ffmpeg) until frames drop, and offline replay speed
 * (drawing plus encoding, every frame) at 1280×720 and 1920×1080.
 */
public final class BenchRecordCommand implements Subcommand {
    /**
     * The benchmark's scene: one moving full-screen chain, light enough that the figures measure
     * the recording (readback, copy, encoder) rather than the shader; the draw rate alone is printed
     * beside them.
     */
    static final String SET = "osc(20, 0.1, 1.2).rotate({ time * 0.1 }).out(o0)\nrender(o0)";
    private static final int[][] SIZES = {{640, 360}, {1280, 720}, {1920, 1080}};

    @Override
    public String name() {
        return "bench record";
    }

    @Override
    public String summary() {
        return "benchmark live recording (largest size and rate without drops) and replay speed";
    }

    @Override
    public String usage() {
        return "usage: latente bench record [--seconds S] [--preset P]\n"
                + "  records S seconds (default 5) of a moving osc() chain at 640x360, 1280x720, 1920x1080,\n"
                + "  30 and 60 fps, x264 preset P (default " + RecordingSettings.LIVE_PRESET + "), and prints drops;\n"
                + "  then replay speed (frames/s, drawing and encoding every frame) at 1280x720 and 1920x1080";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("seconds", "preset"), Set.of());
        double seconds = o.number("seconds", 5);
        String preset = o.get("preset", RecordingSettings.LIVE_PRESET);
        String ffmpeg = Ffmpeg.find("ffmpeg");
        if (ffmpeg == null) {
            err.println("bench record needs ffmpeg on the PATH");
            return 1;
        }
        Path dir = Files.createTempDirectory("latente-bench-record");
        String best = "none";
        out.printf("live recording, H.264 preset %s, %.0f s each, %d cores%n", preset, seconds, Runtime.getRuntime().availableProcessors());
        for (int[] size : SIZES) {
            try (OfflineRender r = load(size[0], size[1], err)) {
                out.printf("  %4dx%-4d draws %.1f frames/s alone (no readback, no recording)%n", size[0], size[1], drawRate(r));
            }
            for (double fps : new double[] {30, 60}) {
                try (OfflineRender r = load(size[0], size[1], err)) {
                    Path file = dir.resolve(size[0] + "x" + size[1] + "-" + (int) fps + ".mkv");
                    long origin = System.nanoTime() + 300_000_000L; // ffmpeg starts before the first frame is due
                    Recorder rec = Recorder.start(RecordingSettings.h264(file, size[0], size[1], fps).withPreset(preset), ffmpeg, err, origin);
                    RecordingTap tap = new RecordingTap();
                    tap.attach(rec);
                    PacedLoop.Stats s = PacedLoop.run(r, tap, fps, seconds, origin);
                    String summary = rec.stop();
                    long dropped = rec.dropped();
                    boolean ok = dropped == 0 && s.late() == 0;
                    out.printf("  %4dx%-4d at %2.0f fps: drew %d frames (%d late), recorded with %d dropped  %s%n", size[0], size[1], fps,
                            s.frames(), s.late(), dropped, ok ? "sustained" : "NOT sustained");
                    if (ok) best = size[0] + "x" + size[1] + " at " + (int) fps + " fps";
                    if (rec.failure() != null) err.println(summary);
                }
            }
        }
        out.println("largest sustained without drops: " + best);
        for (int i = 1; i < SIZES.length; i++) replaySpeed(SIZES[i][0], SIZES[i][1], ffmpeg, dir, out, err);
        deleteAll(dir);
        return 0;
    }

    /** The benchmark's videos are scratch: gone when it ends, so repeated runs do not fill the disk. */
    private static void deleteAll(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            // Scratch files in the temporary folder; the system cleans it eventually.
        }
    }

    private static double drawRate(OfflineRender r) {
        for (int k = 0; k < 5; k++) r.renderer().drawFrame(k / 30.0);
        org.lwjgl.opengl.GL11.glFinish();
        int n = 30;
        long t0 = System.nanoTime();
        for (int k = 0; k < n; k++) r.renderer().drawFrame(k / 30.0);
        org.lwjgl.opengl.GL11.glFinish();
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static OfflineRender load(int w, int h, PrintStream err) {
        OfflineRender r = Shows.offline(w, h, err);
        EvalResult loaded = r.engine().evaluateSet(SET, "bench");
        if (!loaded.ok()) throw new IllegalStateException(loaded.error());
        return r;
    }

    private static void replaySpeed(int w, int h, String ffmpeg, Path dir, PrintStream out, PrintStream err) throws Exception {
        int frames = 90;
        try (OfflineRender r = load(w, h, err)) {
            RecordingSettings s = RecordingSettings.h264(dir.resolve("replay-" + w + ".mkv"), w, h, 30).withPreset("medium").withQuality(18);
            long start = System.nanoTime();
            try (FfmpegEncoder enc = new FfmpegEncoder(FfmpegCommand.record(ffmpeg, s), s.out(), w, h, "bench")) {
                for (int k = 0; k < frames; k++) enc.write(r.drawFrame(k / 30.0));
                enc.finish();
            }
            double el = (System.nanoTime() - start) / 1e9;
            long t0 = System.nanoTime();
            for (int k = 0; k < frames; k++) r.drawFrame(k / 30.0);
            double drawOnly = (System.nanoTime() - t0) / 1e9;
            out.printf("replay %dx%d: %.1f frames/s drawing and encoding (H.264 medium); %.1f frames/s drawing and reading back only%n",
                    w, h, frames / el, frames / drawOnly);
        }
    }
}
