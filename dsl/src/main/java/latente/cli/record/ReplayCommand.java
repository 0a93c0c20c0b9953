package latente.cli.record;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.LogReplay;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.Progress;
import latente.dsl.wiring.Shows;
import latente.runtime.log.LogEvent;
import latente.runtime.log.LogReader;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.FrameWriter;
import latente.runtime.record.FrameWriters;
import latente.runtime.record.MediaInfo;
import latente.runtime.record.RecordingSettings;
import latente.runtime.record.OutputFormats;

/** {@code latente replay LOG --out FILE}: re-renders a logged show offline, every frame, with its audio. */
public final class ReplayCommand implements Subcommand {
    @Override
    public String name() {
        return "replay";
    }

    @Override
    public String summary() {
        return "re-render a recorded show from its performance log, offline, at any size";
    }

    @Override
    public String usage() {
        return "usage: latente replay LOG --out FILE [--width W] [--height H] [--fps F] [--steps N] [--keyframes K]\n"
                + "                      [--format h264|prores|lossless|png] [--quality CRF] [--audio-from FILE]\n"
                + "  FILE: .mp4/.mkv H.264, .mov ProRes, .mkv with --format lossless FFV1,\n"
                + "        frames/%05d.png or a folder: a PNG sequence (numbered from 1)\n"
                + "  re-evaluates the logged code at its times, applies tempo, audio features and bus values,\n"
                + "  draws every frame (size and rate default to the logged show's) and muxes the show's audio;\n"
                + "  --steps asks the models for N denoising steps per keyframe (higher quality than live);\n"
                + "  --keyframes K makes K model keyframes per second (0: one per frame; default: as the set asks);\n"
                + "  a recording's log replays exactly the recorded stretch, so --audio-from show.mkv lays the\n"
                + "  recorded audio (first audio track of FILE, from its start) under the replayed video;\n"
                + "  --trust-set: the logged code may use threads, processes and the engine (see docs/language.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("out", "width", "height", "fps", "steps", "keyframes", "format", "quality", "audio-from"),
                Set.of("trust-set"));
        latente.dsl.sandbox.Sandbox.trust(o.flag("trust-set"));
        if (o.positional().size() != 1) throw new UsageException("give exactly one log file");
        if (!o.has("out")) throw new UsageException("--out FILE is required");
        List<LogEvent> events;
        try {
            events = LogReader.read(Path.of(o.positional().get(0)));
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        LogReplay replay = new LogReplay(events, err);
        LogEvent start = replay.start();
        int width = o.integer("width", (int) start.number("width", 1280));
        int height = o.integer("height", (int) start.number("height", 720));
        double fps = o.number("fps", start.number("fps", 30));
        int steps = o.integer("steps", 0);
        if (width < 2 || height < 2 || width % 2 == 1 || height % 2 == 1 || !(fps > 0) || steps < 0) {
            throw new UsageException("--width and --height must be even, at least 2; --fps positive; --steps 0 or more");
        }
        replay.steps(steps);
        if (o.has("keyframes")) {
            double k = o.number("keyframes", 8);
            if (k < 0) throw new UsageException("--keyframes must be 0 (one per frame) or more");
            replay.keyframes(k);
        }
        RecordingSettings settings;
        try {
            OutputFormats.Target target = OutputFormats.resolve(o.get("out", ""), o.has("format") ? o.get("format", "") : null);
            settings = RecordingSettings.of(target, width, height, fps).withQuality(o.integer("quality", 18)).withPreset("medium");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        AudioTrack audio = o.has("audio-from") ? new AudioTrack(Path.of(o.get("audio-from", "")), 0) : replay.audio();
        if (audio != null && !Files.isReadable(audio.file())) {
            err.println("replay: the audio " + audio.file() + " is missing; rendering without audio");
            audio = null;
        }
        if (audio != null && o.has("audio-from") && !hasAudio(audio.file(), err)) {
            err.println("replay: " + audio.file() + " has no audio stream (a show without audio input records none); rendering without audio");
            audio = null;
        }
        if (audio != null) settings = settings.withAudio(audio);
        int frames = Math.max(1, (int) Math.round(replay.duration() * fps));
        return render(replay, settings, frames, out, err);
    }

    /** Whether ffprobe finds an audio stream in {@code file}; when it cannot tell, ffmpeg will say. */
    private static boolean hasAudio(Path file, PrintStream err) {
        try {
            return MediaInfo.probe(file).audio() != null;
        } catch (IOException e) {
            err.println("replay: could not look into " + file + " (" + e.getMessage() + ")");
            return true;
        }
    }

    private static int render(LogReplay replay, RecordingSettings s, int frames, PrintStream out, PrintStream err) throws Exception {
        try (OfflineRender r = Shows.offline(s.width(), s.height(), err)) {
            long start = System.nanoTime();
            String summary;
            try (FrameWriter writer = FrameWriters.open(s, "replayed")) {
                replay.render(r, frames, s.fps(), writer, new Progress(err, frames));
                summary = writer.finish();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.println(summary + (s.audio() != null ? " with audio from " + s.audio().file() : ""));
            out.printf("replayed %d frames in %.1f s (%.1f frames/s)%n", frames, elapsed, frames / elapsed);
            replay.unhandled().forEach((type, n) -> err.println("replay: " + n + " '" + type
                    + "' events have no replay hook in this build (logged only)"));
            return 0;
        }
    }
}
