package latente.runtime.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import latente.runtime.io.ChildProcess;
import latente.runtime.json.Json;

/**
 * What ffprobe says about a media file: its streams with codec, start time, duration and frame
 * rate, and how many video frames actually decode. Used to check recordings (tests, replay).
 */
public record MediaInfo(List<Stream> streams) {
    /** One stream; times in seconds (NaN when unknown), frameRate for video (0 for audio). */
    public record Stream(String type, String codec, double start, double duration, double frameRate, int sampleRate) {}

    public static MediaInfo probe(Path file) throws IOException {
        String ffprobe = Ffmpeg.find("ffprobe");
        if (ffprobe == null) throw new IOException("ffprobe is not installed");
        String json = run(List.of(ffprobe, "-v", "error", "-show_entries",
                "stream=codec_type,codec_name,start_time,duration,r_frame_rate,sample_rate:stream_tags=DURATION",
                "-of", "json", file.toString()));
        List<Stream> streams = new ArrayList<>();
        Object parsed = Json.parse(json);
        if (parsed instanceof Map<?, ?> m && m.get("streams") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> s = (Map<?, ?>) o;
                double duration = number(s.get("duration"));
                if (Double.isNaN(duration) && s.get("tags") instanceof Map<?, ?> tags && tags.get("DURATION") != null) {
                    duration = clock(tags.get("DURATION").toString());
                }
                streams.add(new Stream(String.valueOf(s.get("codec_type")), String.valueOf(s.get("codec_name")), number(s.get("start_time")),
                        duration, rate(s.get("r_frame_rate")), (int) zeroIfNaN(number(s.get("sample_rate")))));
            }
        }
        return new MediaInfo(streams);
    }

    /** Counts the video frames that decode (ffmpeg decodes the whole file to nothing). */
    public static long decodableFrames(Path file) throws IOException {
        String ffprobe = Ffmpeg.find("ffprobe");
        if (ffprobe == null) throw new IOException("ffprobe is not installed");
        String out = run(List.of(ffprobe, "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                "stream=nb_read_frames", "-of", "csv=p=0", file.toString())).strip();
        try {
            return Long.parseLong(out.split("\\R")[0].replace(",", "").strip());
        } catch (NumberFormatException e) {
            throw new IOException("ffprobe could not count frames of " + file + ": " + out);
        }
    }

    public Stream video() {
        return streams.stream().filter(s -> s.type().equals("video")).findFirst().orElse(null);
    }

    public Stream audio() {
        return streams.stream().filter(s -> s.type().equals("audio")).findFirst().orElse(null);
    }

    private static String run(List<String> cmd) throws IOException {
        Process p = ChildProcess.of(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static double number(Object o) {
        if (o == null) return Double.NaN;
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double zeroIfNaN(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    private static double rate(Object o) {
        if (o == null) return 0;
        String[] f = o.toString().split("/");
        double n = number(f[0]);
        double d = f.length > 1 ? number(f[1]) : 1;
        return d > 0 && !Double.isNaN(n) ? n / d : 0;
    }

    /** "00:00:03.000000000" → 3.0 */
    private static double clock(String hms) {
        String[] p = hms.split(":");
        if (p.length != 3) return Double.NaN;
        return number(p[0]) * 3600 + number(p[1]) * 60 + number(p[2]);
    }
}
