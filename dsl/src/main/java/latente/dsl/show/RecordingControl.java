package latente.dsl.show;

import java.util.Map;

/**
 * The engine's recorder seam, used by the {@code record} words, the REPL's {@code :record} and
 * {@code :snap}, and {@code play --record}. The live show installs {@code LiveRecording}; offline
 * rendering keeps {@link #NONE} (a set that records itself still renders), and replay uses
 * {@link #IGNORE}. Thread contract: any thread; each call returns a message for the performer.
 */
public interface RecordingControl {
    /**
     * Starts recording to {@code path}. Options: format (h264, prores, lossless), quality (CRF),
     * preset (x264 speed), fps, width, height. Recording again to the file being recorded does
     * nothing (a set that records itself can be re-evaluated).
     */
    String start(String path, Map<String, ?> options) throws Exception;

    /** Stops and returns the summary ("recorded 1800 frames, dropped 12 ..."). */
    String stop();

    boolean recording();

    /** Writes a PNG of the output at full resolution; returns where, or why not. */
    String snapshot(String path);

    /** No live show: the words explain that, once each. */
    RecordingControl NONE = new RecordingControl() {
        @Override
        public String start(String path, Map<String, ?> options) {
            return "record: recording is for the live show (latente play); latente render writes its own video";
        }

        @Override
        public String stop() {
            return "record: nothing is being recorded";
        }

        @Override
        public boolean recording() {
            return false;
        }

        @Override
        public String snapshot(String path) {
            return "snap: snapshots are for the live show (latente play)";
        }
    };

    /** Replay re-evaluates code that may call {@code record}: silently nothing. */
    RecordingControl IGNORE = new RecordingControl() {
        @Override
        public String start(String path, Map<String, ?> options) {
            return null;
        }

        @Override
        public String stop() {
            return null;
        }

        @Override
        public boolean recording() {
            return false;
        }

        @Override
        public String snapshot(String path) {
            return null;
        }
    };

    /** Frames of the running recording dropped so far because the encoder was behind (0 when not recording). */
    default long droppedFrames() {
        return 0;
    }
}
