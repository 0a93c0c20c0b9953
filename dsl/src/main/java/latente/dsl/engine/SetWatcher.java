package latente.dsl.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import latente.dsl.show.EvalResult;

/**
 * Re-evaluates a set file each time it is saved ({@code latente play SET --watch}, the REPL's
 * {@code :watch}). Polls the file's modification time and checksum every 150 ms rather than using a
 * WatchService: editors save by writing in place, by renaming a temporary file or by deleting
 * and recreating, and polling sees all three the same way. A save is evaluated once the file has
 * stopped changing for one poll, so a half-written file is not read.
 *
 * <p>Thread contract: its own daemon thread; evaluation is serialised by the engine; nothing it
 * meets (a missing file, a broken set) stops it: each gets one message.
 */
public final class SetWatcher implements AutoCloseable {
    static final long POLL_MILLIS = 150;

    private final Engine engine;
    private final Path path;
    private final Consumer<String> messages;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long reloads;
    /** The file's stamp when {@link #start} was called; handed to the watch thread by Thread.start. */
    private String baseline;

    public SetWatcher(Engine engine, Path path, Consumer<String> messages) {
        this.engine = engine;
        this.path = path;
        this.messages = messages;
        this.thread = new Thread(this::run, "latente-watch");
        thread.setDaemon(true);
    }

    /** Starts watching; a save made after this returns is seen (the file's state now is the baseline). */
    public SetWatcher start() {
        baseline = stamp();
        thread.start();
        return this;
    }

    private void run() {
        String seen = baseline;
        String pending = null;
        boolean missingReported = false;
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                String now = stamp();
                if (now == null) {
                    if (!missingReported) messages.accept("watch: " + path + " is gone; waiting for it to come back");
                    missingReported = true;
                    continue;
                }
                missingReported = false;
                if (now.equals(seen)) {
                    pending = null;
                } else if (!now.equals(pending)) {
                    pending = now; // changed: wait one more poll for the writer to finish
                } else {
                    seen = now;
                    pending = null;
                    reload();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                messages.accept("watch: " + e);
            }
        }
    }

    private void reload() {
        SetFile set;
        try {
            set = SetFile.read(path.toString());
        } catch (IOException e) {
            messages.accept("watch: " + e.getMessage());
            return;
        }
        EvalResult r = engine.load(set);
        reloads++;
        messages.accept(r.ok() ? "reloaded " + set.name() : r.error() + "\n(the previous version keeps running)");
    }

    private String stamp() {
        try {
            FileTime t = Files.getLastModifiedTime(path);
            CRC32 crc = new CRC32();
            crc.update(Files.readAllBytes(path)); // sets are small; catches two saves within one mtime tick
            return t.toMillis() + ":" + crc.getValue();
        } catch (IOException e) {
            return null;
        }
    }

    /** Saves evaluated so far. */
    public long reloads() {
        return reloads;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
