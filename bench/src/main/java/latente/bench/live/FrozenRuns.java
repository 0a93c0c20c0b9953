package latente.bench.live;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
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
        return decode(ffmpeg, video, List.of(), width, height, fps);
    }

    /**
     * Measures {@code video} decoded with extra output options: with {@code -fps_mode passthrough}
     * each recorded frame comes out once, so a run counts frames the show drew (identical ones),
     * not frame periods; a pause of the whole process (no frame drawn) then shows as no run at all.
     */
    static FrozenRuns decode(String ffmpeg, Path video, List<String> outputOptions, int width, int height, double fps)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-v", "error", "-i", video.toString()));
        command.addAll(outputOptions);
        command.addAll(List.of("-f", "rawvideo", "-pix_fmt", "rgb24", "-"));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
