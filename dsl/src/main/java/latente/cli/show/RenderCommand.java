package latente.cli.show;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.OutputFormatCheck;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.OfflineRender;
import latente.dsl.engine.SetFile;
import latente.dsl.show.EvalResult;
import latente.dsl.wiring.Shows;
import latente.runtime.record.AudioTrack;
import latente.runtime.record.FrameWriter;
import latente.runtime.record.FrameWriters;
import latente.runtime.record.OutputFormats;
import latente.runtime.record.RecordingSettings;

/** {@code latente render SET --seconds N --out FILE}: an offline, deterministic video of a set. */
public final class RenderCommand implements Subcommand {
    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "render a set to a video file, offline and deterministic";
    }

    @Override
    public String usage() {
        return "usage: latente render SET --seconds N --out FILE [--width W] [--height H] [--fps F] [--audio FILE] [--keyframes K]\n"
                + "                      [--format h264|prores|lossless|png]\n"
                + "  FILE: .mp4/.mkv H.264 (default), .mov ProRes, .mkv with --format lossless FFV1,\n"
                + "        frames/%05d.png or a folder: a PNG sequence (numbered from 1); anything else is refused\n"
                + "  --audio FILE drives the set's audio values from FILE at frame time (deterministic) and muxes it\n"
                + "  frame k is drawn at time k/F (defaults: 1280x720, 30 fps); needs ffmpeg for mp4,\n"
                + "  otherwise writes a PNG sequence and prints the ffmpeg command that joins it;\n"
                + "  latent streams make their keyframes at the frame times they are due (K per second,\n"
                + "  0: one per frame; default: as each latent() asks, 8 per second)\n"
                + "  --trust-set lets the set use threads, processes and the engine (see docs/language.md)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("seconds", "out", "width", "height", "fps", "audio", "keyframes", "format"), Set.of("headless", "trust-set"));
        latente.dsl.sandbox.Sandbox.trust(o.flag("trust-set"));
        if (o.positional().size() != 1) throw new UsageException("give exactly one set file");
        if (!o.has("out")) throw new UsageException("--out FILE is required");
        OutputFormats.Target target = OutputFormatCheck.check(o.get("out", ""), o.has("format") ? o.get("format", "") : null);
        double seconds = o.number("seconds", 10);
        int width = o.integer("width", 1280);
        int height = o.integer("height", 720);
        double fps = o.number("fps", 30);
        if (seconds <= 0 || width < 2 || height < 2 || fps <= 0 || width % 2 == 1 || height % 2 == 1) {
            throw new UsageException("--seconds and --fps must be positive; --width and --height even, at least 2");
        }
        SetFile set;
        try {
            set = SetFile.read(o.positional().get(0));
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        Path audio = o.has("audio") ? Path.of(o.get("audio", "")).toAbsolutePath() : null;
        if (audio != null && !java.nio.file.Files.isReadable(audio)) {
            err.println("render: cannot read the audio file " + audio);
            return 2;
        }
        double keyframes = o.has("keyframes") ? o.number("keyframes", 8) : Double.NaN;
        if (keyframes < 0) throw new UsageException("--keyframes must be 0 (one per frame) or more");
        return render(set, target, seconds, width, height, fps, audio, keyframes, out, err);
    }

    /** Renders {@code set}; returns the exit code (2 when the set has an error). */
    public static int render(SetFile set, Path outFile, double seconds, int width, int height, double fps,
                             PrintStream out, PrintStream err) throws Exception {
        return render(set, OutputFormats.resolve(outFile.toString(), null), seconds, width, height, fps, null, Double.NaN, out, err);
    }

    /**
     * As above; {@code audio} (or null) is the set's audio input, analysed at frame time and muxed
     * into the video; {@code keyframes} is latent keyframes per second (0: one per frame; NaN: as the set asks).
     */
    public static int render(SetFile set, OutputFormats.Target target, double seconds, int width, int height, double fps, Path audio,
                             double keyframes, PrintStream out, PrintStream err) throws Exception {
        int frames = (int) Math.round(seconds * fps);
        try (OfflineRender r = Shows.offline(width, height, err)) {
            r.engine().latents().keyframeRate(keyframes);
            if (audio != null) r.engine().inputs().pinAudio(audio.toString());
            EvalResult loaded = r.load(set);
            if (!loaded.ok()) {
                err.println(loaded.error());
                return 2;
            }
            long start = System.nanoTime();
            String summary;
            long firstFrame;
            // x264's "medium" preset: offline, quality per byte matters more than encoding speed.
            RecordingSettings settings = RecordingSettings.of(target, width, height, fps).withPreset("medium");
            if (audio != null) settings = settings.withAudio(new AudioTrack(audio, 0));
            try (FrameWriter writer = FrameWriters.open(settings, audio != null ? "rendered with " + audio.getFileName() : "rendered")) {
                firstFrame = r.render(frames, fps, writer);
                summary = writer.finish();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            out.println(summary);
            out.printf("rendered %d frames in %.1f s (%.1f frames/s; first frame %d ms after launch) on %s%n",
                    frames, elapsed, frames / elapsed, firstFrame, r.glDescription());
            return 0;
        }
    }
}
