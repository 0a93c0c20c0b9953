package latente.runtime.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds ffmpeg command lines for recordings: raw RGBA frames on stdin (rows bottom-up, so the
 * picture is flipped), the chosen encoding, an optional audio file lined up with video time 0,
 * and a container that survives a kill (Matroska, or fragmented MP4/MOV).
 */
public final class FfmpegCommand {
    private FfmpegCommand() {}

    public static List<String> record(String ffmpeg, RecordingSettings s) {
        String name = s.out().getFileName().toString();
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-y", "-hide_banner", "-nostdin", "-loglevel", "error",
                "-f", "rawvideo", "-pix_fmt", "rgba", "-s", s.width() + "x" + s.height(), "-r", fps(s.fps()), "-i", "pipe:0"));
        boolean audio = s.audio() != null && s.format() != VideoFormat.PNG;
        if (audio) cmd.addAll(s.audio().inputArgs());
        cmd.addAll(List.of("-map", "0:v"));
        if (audio) cmd.addAll(List.of("-map", "1:a"));
        cmd.addAll(List.of("-vf", "vflip"));
        cmd.addAll(s.format().codecArgs(s.crf(), s.x264Preset(), s.fps()));
        if (audio) {
            cmd.addAll(s.format().audioArgs(name));
            // Silence after the file's end, and stop with the video: the video decides the length.
            cmd.addAll(List.of("-af", "apad", "-shortest"));
        }
        cmd.addAll(VideoFormat.crashSafeContainerArgs(name));
        cmd.add(s.out().toString());
        return cmd;
    }

    /**
     * A live recording: timestamped raw frames as Matroska on stdin ({@link MatroskaRawStream}),
     * each frame kept at its own time (variable frame rate: nothing repeated, nothing invented).
     */
    public static List<String> recordTimed(String ffmpeg, RecordingSettings s) {
        List<String> cmd = record(ffmpeg, s);
        int in = cmd.indexOf("rawvideo");
        // "-f rawvideo -pix_fmt rgba -s WxH -r F -i pipe:0" becomes "-f matroska -i pipe:0"
        cmd.subList(in, in + 7).clear();
        cmd.add(in, "matroska");
        int map = cmd.indexOf("-map");
        cmd.addAll(map, List.of("-fps_mode", "vfr", "-enc_time_base:v", "-1"));
        return cmd;
    }

    /** Joins a finished video with a WAV (live audio captured beside it), copying the video stream. */
    public static List<String> join(String ffmpeg, String video, AudioTrack audio, VideoFormat format, String out) {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-y", "-hide_banner", "-nostdin", "-loglevel", "error", "-i", video));
        cmd.addAll(audio.inputArgs());
        cmd.addAll(List.of("-map", "0:v", "-map", "1:a", "-c:v", "copy"));
        cmd.addAll(format.audioArgs(out));
        cmd.addAll(List.of("-af", "apad", "-shortest"));
        cmd.addAll(VideoFormat.crashSafeContainerArgs(out));
        cmd.add(out);
        return cmd;
    }

    static String fps(double fps) {
        return fps == Math.rint(fps) ? Long.toString((long) fps) : String.format(Locale.ROOT, "%.6f", fps);
    }

    /** A command as a user would type it in a shell (for messages). */
    public static String shell(List<String> cmd) {
        StringBuilder b = new StringBuilder();
        for (String a : cmd) {
            if (b.length() > 0) b.append(' ');
            b.append(a.matches("[A-Za-z0-9_./:=+%-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
