package latente.bench.live;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import latente.dsl.engine.Engine;
import latente.dsl.engine.LiveRecording;
import latente.dsl.show.EvalResult;
import latente.dsl.live.FrameListener;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;
import latente.render.Renderer;
import latente.render.gl.GlContext;
import latente.render.gl.ShaderWork;
import latente.render.readback.RecordingTap;
import latente.runtime.record.Ffmpeg;
import latente.runtime.record.ShowAudio;

/**
 * Plays one {@link AbuseCases.Case} in a real headless live show: the running set draws a
 * picture that changes every frame, the show is recorded losslessly (FFV1), the case's block is
 * evaluated as the REPL or an editor would send it, the show runs on for a fixed number of drawn
 * frames, and the recording is decoded and measured ({@link FrozenRuns}). Waits are counted in
 * frames the show drew, never in seconds, so a busy machine makes a run longer, not different.
 */
public final class AbuseShow {
    /** What the performer saw, what the audience saw, and what the render thread itself did. */
    public record Outcome(String name, String message, double answerMillis, FrozenRuns recording, long framesAfter,
                          RenderWork work) {}

    /**
     * The render thread's side of one case, none of it timed by the wall clock: its own CPU time
     * in its costliest frame before the attack and from the attack on, and the shader programs
     * built and trial draws run from the attack on, on any thread and on the render thread.
     */
    public record RenderWork(double cpuBeforeMillis, double cpuAfterMillis, long builds, long stageBuilds, long trialDraws,
                             long stageTrialDraws) {}

    private final int width;
    private final int height;
    private final double fps;
    private final Path folder;
    private final long heapLimitBytes;

    /** @param heapLimitBytes how much one evaluation may keep (the memory case runs into it) */
    public AbuseShow(int width, int height, double fps, Path folder, long heapLimitBytes) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.folder = folder;
        this.heapLimitBytes = heapLimitBytes;
    }

    /** Where {@link #play} records {@code c}. */
    public Path video(AbuseCases.Case c) {
        return folder.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".mkv");
    }

    /** Frames drawn before and after the attack, each at least a second of show at the recording rate. */
    private int framesAround() {
        return (int) Math.ceil(fps * 1.5);
    }

    public Outcome play(AbuseCases.Case c) throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Engine engine = Shows.engine(new PrintStream(said, true, StandardCharsets.UTF_8));
        engine.evaluator().limitSeconds(c.limitSeconds());
        engine.evaluator().heapLimitBytes(heapLimitBytes);
        Path video = video(c);
        Files.deleteIfExists(video);
        EvalResult answer;
        long answerNanos;
        long framesAfter;
        RenderWork work;
        try (LiveShow show = LiveShow.start(engine, LiveShow.Settings.headless(width, height, fps))) {
            RecordingTap tap = new RecordingTap();
            show.render().addListener(new FrameListener() {
                @Override
                public void afterDraw(Renderer renderer, GlContext context, long frame) {
                    tap.frame(renderer.finalFrame(), System.nanoTime());
                }

                @Override
                public void onStop(Renderer renderer) {
                    tap.close();
                }
            });
            engine.recording(new LiveRecording(engine, tap, width, height, fps, ShowAudio.NONE, engine.messages()));
            EvalResult loaded = engine.evaluateSet(AbuseCases.SET, "abuse.groovy");
            if (!loaded.ok()) throw new IllegalStateException(loaded.error());
            awaitFrames(show, show.frames() + 10);
            engine.recording().start(video.toString(), Map.of("format", "lossless"));
            show.render().resetWorstFrameCpu();
            awaitFrames(show, show.frames() + framesAround());
            double cpuBefore = show.render().worstFrameCpuNanos() / 1e6;
            long builds = ShaderWork.builds(), stageBuilds = ShaderWork.stageBuilds();
            long trials = ShaderWork.trialDraws(), stageTrials = ShaderWork.stageTrialDraws();
            show.render().resetWorstFrameCpu();
            int mark = said.toString(StandardCharsets.UTF_8).length();
            long start = System.nanoTime();
            answer = engine.evaluateBlock(c.code(), "repl");
            if (answer.ok() && AbuseCases.LIVE.contains(c)) answer = EvalResult.error(awaitReport(show, said, mark));
            answerNanos = System.nanoTime() - start;
            long at = show.frames();
            awaitFrames(show, at + framesAround());
            framesAfter = show.frames() - at;
            work = new RenderWork(cpuBefore, show.render().worstFrameCpuNanos() / 1e6, ShaderWork.builds() - builds,
                    ShaderWork.stageBuilds() - stageBuilds, ShaderWork.trialDraws() - trials, ShaderWork.stageTrialDraws() - stageTrials);
            engine.recording().stop();
        }
        FrozenRuns runs = FrozenRuns.of(Ffmpeg.find("ffmpeg"), video, width, height, fps);
        return new Outcome(c.name(), answer.ok() ? "ok" : answer.error(), answerNanos / 1e6, runs, framesAfter, work);
    }

    /**
     * Waits for the first message the show reports after {@code mark} (a live closure's: they name
     * their block, "repl:"), as long as the show draws on; what was said last if it never comes.
     */
    private static String awaitReport(LiveShow show, ByteArrayOutputStream said, int mark) throws InterruptedException {
        long last = show.frames();
        long lastChange = System.nanoTime();
        while (System.nanoTime() - lastChange < 60_000_000_000L) {
            String text = said.toString(StandardCharsets.UTF_8);
            String after = text.substring(Math.min(mark, text.length()));
            for (String line : after.split("\n", -1)) {
                if (line.startsWith("repl:") && after.contains(line + "\n")) return line;
            }
            Thread.sleep(5);
            if (show.frames() != last) {
                last = show.frames();
                lastChange = System.nanoTime();
            }
        }
        return "no message: " + said.toString(StandardCharsets.UTF_8);
    }

    /**
     * Waits until the show has drawn {@code frames}; gives up after a minute without a single new
     * frame (the show froze for good), which the recording then shows.
     */
    private static void awaitFrames(LiveShow show, long frames) throws InterruptedException {
        long last = show.frames();
        long lastChange = System.nanoTime();
        while (show.frames() < frames && System.nanoTime() - lastChange < 60_000_000_000L) {
            Thread.sleep(5);
            if (show.frames() != last) {
                last = show.frames();
                lastChange = System.nanoTime();
            }
        }
    }
}
