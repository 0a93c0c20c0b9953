package latente.dsl.lang;

import java.util.Map;
import latente.dsl.show.ShowControl;

/**
 * Recording words. {@code record 'shows/tonight.mkv'} starts recording the output (and the show's
 * audio) from the live show; options as named arguments:
 * {@code record 'tonight.mov', format: 'prores'} or {@code record 'x.mkv', quality: 16}.
 * Re-evaluating a set that records itself keeps the same recording going.
 * {@code stopRecording()} ends it and prints the summary; {@code snap 'frame.png'} writes a PNG
 * of the output at full resolution. Messages go to the performer's console; nothing here can stop
 * the show.
 */
public interface RecordWords {
    private ShowControl recordShow() {
        return ((LatenteScript) this).showControl();
    }

    @Help(signature = "record(path, format: 'h264', quality: 20)", value = "starts recording the output (and the show's audio) to a file: record 'tonight.mkv'")
    default void record(String path) {
        record(Map.of(), path);
    }

    default void record(Map<String, ?> options, String path) {
        ShowControl e = recordShow();
        try {
            say(e, e.recording().start(path, options));
        } catch (Exception ex) {
            say(e, "record: " + ex.getMessage());
        }
    }

    @Help(signature = "stopRecording()", value = "ends the recording and prints its summary")
    default void stopRecording() {
        ShowControl e = recordShow();
        say(e, e.recording().stop());
    }

    @Help(signature = "isRecording()", value = "true while a recording runs")
    default boolean isRecording() {
        return recordShow().recording().recording();
    }

    @Help(signature = "snap(path = 'snap-N.png')", value = "writes a PNG of the output at full resolution")
    default void snap(String path) {
        ShowControl e = recordShow();
        say(e, e.recording().snapshot(path));
    }

    default void snap() {
        snap(null);
    }

    private static void say(ShowControl e, String message) {
        if (message != null) e.messages().println(message);
    }
}
