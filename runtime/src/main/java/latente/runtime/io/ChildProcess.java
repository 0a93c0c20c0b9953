package latente.runtime.io;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Process builders for the helper programs the show starts (ffmpeg, ffprobe), each in a session
 * of its own so that it does not share the performer's terminal. A terminal sends Ctrl-C's
 * SIGINT to its whole foreground process group, and a child started plainly belongs to it: one
 * Ctrl-C in the REPL (which only drops the block being typed) used to end the recording and
 * every video and camera source. ffmpeg installs its own SIGINT handler, so ignoring the signal
 * is not enough; {@code setsid} moves it out of the group before it starts. Where there is no
 * {@code setsid} (macOS), the command runs as given.
 *
 * <p>{@code setsid} execs the command in place (the child is not a group leader), so the
 * {@link Process} is the helper itself: its exit code, pipes and {@code destroy()} are ffmpeg's.
 */
public final class ChildProcess {
    private static final String SETSID = find("setsid");

    private ChildProcess() {}

    /** A builder for {@code command}, detached from the terminal's signals where the system can. */
    public static ProcessBuilder of(List<String> command) {
        if (SETSID == null) return new ProcessBuilder(command);
        List<String> detached = new ArrayList<>(command.size() + 1);
        detached.add(SETSID);
        detached.addAll(command);
        return new ProcessBuilder(detached);
    }

    /** True when helpers run in their own session (Ctrl-C in the terminal does not reach them). */
    public static boolean detaches() {
        return SETSID != null;
    }

    private static String find(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir.isEmpty() ? "." : dir, name);
            if (f.isFile() && f.canExecute()) return f.getAbsolutePath();
        }
        return null;
    }
}
