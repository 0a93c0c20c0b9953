package latente.runtime.record;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import latente.runtime.io.ChildProcess;

/**
 * The files of one recording, written by the recorder's writer thread: the video (ffmpeg, or PNG
 * files when ffmpeg is missing) and, for live audio, a WAV beside it that is joined with the video
 * when the recording stops. Live audio goes to its own crash-safe WAV rather than into the same
 * ffmpeg process, because ffmpeg reading a second live input blocks the whole mux when that input
 * stalls (an unplugged sound card would then freeze the video too); a WAV costs one fast
 * stream-copy join at the end, and after a crash the video and the WAV are both on disk.
 *
 * <p>ffmpeg starts at the first frame ({@link #begin}): video time 0 is that frame, and the audio
 * (a playing file, or the WAV captured since {@link #open}) is lined up with it.
 */
final class RecordingOutput {
    private final RecordingSettings settings;
    private final String ffmpeg;
    private final String what;
    private final PngSequenceWriter png;
    private final PcmCapture pcm;
    private final Path wav;
    private volatile FfmpegEncoder encoder;
    /** Seconds from {@link #open} to the first frame: how far into the captured audio video time 0 is. */
    private double firstFrameAt;

    private RecordingOutput(RecordingSettings s, String ffmpeg, String what, PngSequenceWriter png, PcmCapture pcm, Path wav) {
        this.settings = s;
        this.ffmpeg = ffmpeg;
        this.what = what;
        this.png = png;
        this.pcm = pcm;
        this.wav = wav;
    }

    static RecordingOutput open(RecordingSettings s, String ffmpeg, PrintStream messages) throws IOException {
        Path out = s.out().toAbsolutePath();
        boolean sequence = s.format() == VideoFormat.PNG;
        if (sequence) checkFolderWritable(out);
        else checkWritable(out);
        if (!sequence && s.audio() != null && !Files.isReadable(s.audio().file())) {
            throw new IOException("cannot record audio from " + s.audio().file() + ": file not found or unreadable");
        }
        // A PNG sequence holds no sound: live audio is not captured for it (finish says so).
        Path wav = s.pcm() != null && !sequence ? sibling(out, ".wav") : null;
        PcmCapture pcm = null;
        if (wav != null) pcm = new PcmCapture(wav, s.pcm().sampleRate(), s.pcm().channels(), messages);
        PngSequenceWriter png = null;
        String what = s.format() + (s.format() == VideoFormat.H264 ? " CRF " + s.crf() : "") + ", " + s.width() + "x" + s.height()
                + " at " + FfmpegCommand.fps(s.fps()) + " fps" + (s.audio() != null ? ", with audio" : "");
        if (sequence) {
            png = new PngSequenceWriter(out, null, s.width(), s.height(), s.fps());
        } else if (ffmpeg == null) {
            Files.deleteIfExists(out);
            png = new PngSequenceWriter(PngSequenceWriter.folderFor(out).toPath().resolve(OutputFormats.FOLDER_FRAMES), out.toString(),
                    s.width(), s.height(), s.fps());
        }
        if (pcm != null) s.pcm().attach(pcm);
        return new RecordingOutput(s, ffmpeg, what.replace(" fps", " fps at most, variable rate"), png, pcm, wav);
    }

    /** True when frames carry their own times (ffmpeg); false for the PNG fallback (constant rate). */
    boolean timed() {
        return png == null;
    }

    /** Writer thread, at the first frame, {@code seconds} after {@link #open}: starts the encoder. */
    void begin(double seconds) throws IOException {
        firstFrameAt = seconds;
        if (png != null) return;
        Path out = settings.out().toAbsolutePath();
        AudioTrack audio = settings.audio() == null ? null : new AudioTrack(settings.audio().file(), settings.audio().positionAtStart() + seconds);
        RecordingSettings s = new RecordingSettings(out, settings.width(), settings.height(), settings.fps(), settings.format(),
                settings.crf(), settings.x264Preset(), audio, null);
        encoder = new FfmpegEncoder(FfmpegCommand.recordTimed(ffmpeg, s), out, s.width(), s.height(), what, s.fps());
    }

    /** Fails early, with the reason, when the file cannot be created (no folder, read-only, a file in the way). */
    private static void checkWritable(Path out) throws IOException {
        probe(out, out);
    }

    /** The same for the folder of a PNG sequence: a probe file is created there and removed. */
    private static void checkFolderWritable(Path pattern) throws IOException {
        Path probe = pattern.resolveSibling(".latente-probe-" + ProcessHandle.current().pid());
        probe(pattern, probe);
        Files.deleteIfExists(probe);
    }

    private static void probe(Path out, Path file) throws IOException {
        try {
            Path parent = file.getParent();
            if (parent != null) Files.createDirectories(parent);
            try (OutputStream probe = Files.newOutputStream(file)) {
                probe.flush();
            }
        } catch (IOException | SecurityException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof java.nio.file.FileAlreadyExistsException x) why = x.getFile() + " is a file, not a folder";
            else if (e instanceof java.nio.file.AccessDeniedException x) why = "permission denied (" + x.getFile() + ")";
            else if (e instanceof java.nio.file.FileSystemException x && x.getReason() != null) why = x.getReason() + " (" + x.getFile() + ")";
            throw new IOException("cannot record to " + out + ": " + why);
        }
    }

    static Path sibling(Path out, String extension) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return out.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }

    Path path() {
        return settings.out();
    }

    ProcessHandle encoderProcess() {
        return encoder == null ? null : encoder.process();
    }

    /** The PNG fallback: one frame per slot of the constant rate. */
    void write(ByteBuffer rgba) throws IOException {
        png.write(rgba);
    }

    /** One frame at its own time since the first frame (ffmpeg). */
    void write(ByteBuffer rgba, long micros, long durationMicros) throws IOException {
        encoder.writeTimed(rgba, micros, durationMicros);
    }

    /** Finishes every file; returns what was written (never throws). */
    String finish(boolean failed) {
        List<String> lines = new ArrayList<>();
        if (pcm != null) {
            settings.pcm().detach(pcm);
            lines.add("audio: " + pcm.finish() + " in " + wav);
        }
        boolean sequence = settings.format() == VideoFormat.PNG;
        if (sequence && (settings.audio() != null || settings.pcm() != null)) lines.add("a PNG sequence holds no sound: the audio was not recorded");
        if (png != null && sequence) {
            lines.add(0, png.finish());
            return String.join("\n", lines);
        }
        if (png != null) return finishPng(lines);
        long frames = encoder == null ? 0 : encoder.frames();
        try {
            if (frames == 0) {
                if (encoder != null) encoder.process().destroyForcibly();
                Files.deleteIfExists(settings.out().toAbsolutePath());
                lines.add(0, "no frame reached the recorder, so no video was written");
                return String.join("\n", lines);
            }
            lines.add(0, encoder.finish(60));
        } catch (IOException e) {
            lines.add(0, failed ? encoder.out() + " plays up to the failure (ffmpeg's log: " + encoder.out() + ".ffmpeg.log)"
                    : "the video may be incomplete: " + e.getMessage() + "; " + encoder.out() + " plays up to the failure");
            if (wav != null) lines.add("join the audio with: " + FfmpegCommand.shell(joinCommand(encoder.out() + ".joined" + extension())));
            return String.join("\n", lines);
        }
        if (wav != null) lines.add(join());
        return String.join("\n", lines);
    }

    private String extension() {
        String n = encoder.out().getFileName().toString();
        return n.substring(n.lastIndexOf('.'));
    }

    private List<String> joinCommand(String target) {
        return FfmpegCommand.join(ffmpeg == null ? "ffmpeg" : ffmpeg, encoder != null ? encoder.out().toString() : "VIDEO",
                new AudioTrack(wav, firstFrameAt), settings.format(), target);
    }

    /** Joins the live-audio WAV into the video: stream copy to a temporary file, then an atomic rename. */
    private String join() {
        Path video = encoder.out();
        Path joined = video.resolveSibling(video.getFileName() + ".joining" + extension());
        try {
            Process p = ChildProcess.of(joinCommand(joined.toString())).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) throw new IOException(log.strip());
            Files.move(joined, video, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return "joined the live audio into " + video;
        } catch (IOException e) {
            return "could not join the audio (" + e.getMessage() + "); video in " + video + ", audio in " + wav;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while joining the audio; video in " + video + ", audio in " + wav;
        }
    }

    private String finishPng(List<String> lines) {
        Path folder = PngSequenceWriter.folderFor(settings.out()).toPath();
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-framerate", FfmpegCommand.fps(settings.fps()), "-i",
                folder.resolve(OutputFormats.FOLDER_FRAMES).toString()));
        AudioTrack audio = settings.audio() != null ? settings.audio() : wav != null ? new AudioTrack(wav, 0) : null;
        if (audio != null) cmd.addAll(audio.inputArgs());
        cmd.addAll(List.of("-c:v", "libx264", "-pix_fmt", "yuv420p"));
        if (audio != null) cmd.addAll(List.of("-c:a", "aac", "-shortest"));
        cmd.add(settings.out().toString());
        lines.add(0, "ffmpeg was not found, so the frames were written as PNG files to " + folder);
        lines.add("join them with:\n  " + FfmpegCommand.shell(cmd));
        return String.join("\n", lines);
    }
}
