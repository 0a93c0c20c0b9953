package latente.runtime.record;

import java.io.File;

/** Finds the ffmpeg and ffprobe executables on the PATH. */
public final class Ffmpeg {
    private Ffmpeg() {}

    /** The absolute path of {@code name} (ffmpeg, ffprobe) on the PATH, or null. */
    public static String find(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.isFile() && f.canExecute()) return f.getAbsolutePath();
        }
        return null;
    }
}
