package latente.dsl.engine;

/**
 * The seam through which the REPL's {@code :record} (and later OSC/MIDI) starts and stops a
 * recording. The recording area fills it in ({@link Engine#recorder(Recorder)}); until then
 * {@code :record} says that recording is not available.
 *
 * <p>Thread contract: called from the REPL or a control surface thread, never from the render
 * thread; implementations must return quickly (start a writer thread, do not encode here).
 */
public interface Recorder {
    /** Starts recording; {@code target} is a file or folder name, or null for a default. Returns a status line. */
    String start(String target) throws Exception;

    /** Stops and finishes the recording; returns a status line (file written, frames, duration). */
    String stop() throws Exception;

    boolean recording();
}
