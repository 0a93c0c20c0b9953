package latente.render.gl;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until the GL driver has written what it compiled to its shader disk cache. The compile
 * thread trial-draws a new program in its own context; the render thread's build of the same
 * program is cheap only if it finds the compiled code in the cache. Mesa queues cache writes to a
 * thread of its own ({@code <process>:disk$0}, at the lowest priority), which on a busy machine
 * can lag the compile by tens of milliseconds: handing the scene over before the write lands
 * would make the stage compile it again, a frozen frame of hundreds of milliseconds.
 *
 * <p>The writer is idle when it is asleep ({@code S} in {@code /proc/self/task/N/stat}, waiting
 * for its queue) and has not switched since the previous look. A driver without such a thread
 * (NVIDIA, a disabled cache) is never waited for. Linux only; elsewhere nothing is waited for.
 *
 * <p>Thread contract: the compile thread. It sleeps 1 ms between looks; at most {@code maxMillis}.
 */
public final class DriverCacheWriter {
    private static final Path TASKS = Path.of("/proc/self/task");

    private DriverCacheWriter() {}

    /** Returns when every cache writer thread is idle, or after {@code maxMillis}; false on timeout. */
    public static boolean awaitIdle(long maxMillis) {
        List<Path> writers = writers();
        if (writers.isEmpty()) return true;
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        long[] last = switches(writers);
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
            long[] now = switches(writers);
            if (now != null && last != null && java.util.Arrays.equals(now, last) && asleep(writers)) return true;
            last = now;
        }
        return false;
    }

    /** The task folders of the driver's cache writer threads (named {@code ...disk$N} by Mesa). */
    static List<Path> writers() {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(TASKS)) return found;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String name = read(task.resolve("comm"));
                if (name != null && name.contains("disk$")) found.add(task);
            }
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    /** Voluntary plus involuntary context switches of each writer; null when one is gone. */
    private static long[] switches(List<Path> writers) {
        long[] counts = new long[writers.size()];
        for (int i = 0; i < counts.length; i++) {
            String status = read(writers.get(i).resolve("status"));
            if (status == null) return null;
            for (String line : status.split("\n")) {
                if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                    counts[i] += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        }
        return counts;
    }

    private static boolean asleep(List<Path> writers) {
        for (Path w : writers) {
            String stat = read(w.resolve("stat"));
            if (stat == null) return false;
            int close = stat.lastIndexOf(')'); // the name in parentheses may hold spaces
            if (close < 0 || close + 2 >= stat.length() || stat.charAt(close + 2) != 'S') return false;
        }
        return true;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
