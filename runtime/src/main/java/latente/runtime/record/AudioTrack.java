package latente.runtime.record;

import java.nio.file.Path;

/**
 * An audio file muxed beside the video: {@code file} was at {@code positionAtStart} seconds when
 * the video's first frame was taken. A negative position means the file starts that many seconds
 * after the video (ffmpeg delays it); a positive one skips into the file.
 */
public record AudioTrack(Path file, double positionAtStart) {
    /** ffmpeg input arguments that line this file up with video time 0. */
    java.util.List<String> inputArgs() {
        java.util.List<String> a = new java.util.ArrayList<>();
        if (positionAtStart > 0) a.addAll(java.util.List.of("-ss", seconds(positionAtStart)));
        if (positionAtStart < 0) a.addAll(java.util.List.of("-itsoffset", seconds(-positionAtStart)));
        a.addAll(java.util.List.of("-i", file.toString()));
        return a;
    }

    static String seconds(double s) {
        return String.format(java.util.Locale.ROOT, "%.6f", s);
    }
}
