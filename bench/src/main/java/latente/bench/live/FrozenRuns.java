package latente.bench.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How a recording moved, decoded frame by frame: the longest run of identical consecutive frames
 * (the output froze for that many frame periods) and how many frames differed from the one
 * before. The recording must be lossless (FFV1) so that "identical" means the show drew nothing
 * new, not that an encoder smoothed a change away. The recorder repeats the last frame for every
 * period in which the show drew nothing, so a run of n identical frames is a freeze of n periods.
 */
public record FrozenRuns(int frames, int longestRun, int changes, double fps) {
    /** The longest freeze in milliseconds of show time: frame periods of the recording. */
    public double longestMillis() {
        return longestRun * 1000.0 / fps;
    }

    /** Decodes {@code video} (width × height, recorded at {@code fps}) with ffmpeg into raw RGB and measures it. */
    public static FrozenRuns of(String ffmpeg, Path video, int width, int height, double fps) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(ffmpeg, "-v", "error", "-i", video.toString(), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int size = width * height * 3;
        byte[] previous = null;
        byte[] frame = new byte[size];
        int frames = 0;
        int run = 0;
        int longest = 0;
        int changes = 0;
        try (InputStream in = p.getInputStream()) {
            while (in.readNBytes(frame, 0, size) == size) {
                frames++;
                if (previous != null && Arrays.equals(previous, frame)) {
                    run++;
                } else {
                    if (previous != null) changes++;
                    run = 1;
                    previous = previous == null ? new byte[size] : previous;
                }
                longest = Math.max(longest, run);
                System.arraycopy(frame, 0, previous, 0, size);
            }
        }
        if (p.waitFor() != 0) throw new IOException("ffmpeg could not decode " + video);
        return new FrozenRuns(frames, longest, changes, fps);
    }
}
