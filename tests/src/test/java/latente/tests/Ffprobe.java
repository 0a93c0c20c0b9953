package latente.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a video's first stream facts with the real ffprobe. */
final class Ffprobe {
    private Ffprobe() {}

    /** codec_name, width, height, pix_fmt, nb_frames (counted), r_frame_rate of the first video stream. */
    static Map<String, String> videoStream(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=codec_name,width,height,pix_fmt,nb_read_frames,r_frame_rate",
                "-of", "default=noprint_wrappers=1", file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("ffprobe failed on " + file + ": " + text);
        Map<String, String> facts = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) facts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return facts;
    }
}
