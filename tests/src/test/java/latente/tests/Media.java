package latente.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the real ffprobe and ffmpeg say about a recorded or replayed file: durations and decoded pixels. */
final class Media {
    private Media() {}

    /**
     * Seconds the file's first stream of {@code kind} ("v" or "a") lasts: the end of its last
     * packet (time plus duration) as ffprobe reads them, or -1 when there is no such stream.
     */
    static double duration(Path file, String kind) throws IOException, InterruptedException {
        String text = run(List.of("ffprobe", "-v", "error", "-select_streams", kind + ":0", "-show_entries",
                "packet=pts_time,duration_time", "-of", "csv=p=0", file.toString()));
        double end = -1;
        for (String line : text.split("\n")) {
            String[] f = line.strip().split(",");
            if (f.length < 2 || f[0].equals("N/A")) continue;
            end = Math.max(end, Double.parseDouble(f[0]) + (f[1].equals("N/A") ? 0 : Double.parseDouble(f[1])));
        }
        return end;
    }

    /** Every decoded frame as RGB24 bytes. */
    static List<byte[]> frames(Path file, int width, int height) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-map", "0:v:0", "-fps_mode", "passthrough",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] all = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) throw new IOException("ffmpeg could not decode " + file);
        int size = width * height * 3;
        java.util.ArrayList<byte[]> frames = new java.util.ArrayList<>();
        for (int at = 0; at + size <= all.length; at += size) frames.add(Arrays.copyOfRange(all, at, at + size));
        return frames;
    }

    /** The {@code first} and {@code end} of a performance log's recordstop line (seconds on the log's time line). */
    static java.util.Map<String, Double> recordStop(Path log) throws IOException {
        for (String line : java.nio.file.Files.readAllLines(log)) {
            if (!line.contains("\"type\":\"recordstop\"")) continue;
            java.util.Map<String, Double> m = new java.util.HashMap<>();
            for (String key : List.of("first", "end")) {
                java.util.regex.Matcher x = java.util.regex.Pattern.compile("\"" + key + "\":([0-9.eE+-]+)").matcher(line);
                if (x.find()) m.put(key, Double.parseDouble(x.group(1)));
            }
            return m;
        }
        throw new IOException("no recordstop line in " + log);
    }

    /** The presentation time of every video frame, in seconds (ffprobe). */
    static List<Double> frameTimes(Path file) throws IOException, InterruptedException {
        String out = run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "frame=pts_time",
                "-of", "csv=p=0", file.toString()));
        List<Double> times = new java.util.ArrayList<>();
        for (String line : out.split("\\R")) if (!line.isBlank()) times.add(Double.parseDouble(line.trim().replace(",", "")));
        return times;
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + text);
        return text;
    }
}
