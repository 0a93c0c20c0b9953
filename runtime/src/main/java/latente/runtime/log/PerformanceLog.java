package latente.runtime.log;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import latente.runtime.json.Json;

/**
 * The performance log: one JSON object per line, appended and flushed as events happen, so that
 * a crash loses at most the line being written and {@code latente replay} can re-render the show.
 * Every line has {@code type}, {@code t} (seconds since the log started) and {@code frame} (the
 * frame of that instant); {@link LogEvent} lists the types and their fields.
 *
 * <p>Thread contract: any thread may log. Logging formats the line on the calling thread and
 * offers it to a bounded queue; it never waits. A writer thread appends and flushes each line.
 * If the queue is full (the disk stalls), the line is dropped and counted; {@link #close} reports
 * the count. A write failure (disk full) stops the log with one message; the show goes on.
 */
public class PerformanceLog implements AutoCloseable {
    /** A log that writes nothing (the default when no log is open). */
    public static final PerformanceLog OFF = new PerformanceLog();

    private static final String END = "\u0000end";
    private final Path path;
    private final LogClock clock;
    private final PrintStream messages;
    private final ArrayBlockingQueue<String> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile String failure;

    private PerformanceLog() {
        path = null;
        clock = null;
        messages = null;
        queue = null;
        writer = null;
    }

    private PerformanceLog(Path path, LogClock clock, PrintStream messages, BufferedWriter out) {
        this.path = path;
        this.clock = clock;
        this.messages = messages;
        this.queue = new ArrayBlockingQueue<>(8192);
        this.writer = new Thread(() -> writeLoop(out), "latente-performance-log");
        writer.setDaemon(true);
        writer.start();
    }

    /** Opens (appends to) {@code path}; the first line is a {@code start} event with {@code header}'s fields. */
    public static PerformanceLog open(Path path, LogClock clock, Map<String, ?> header, PrintStream messages) throws IOException {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            PerformanceLog log = new PerformanceLog(path, clock, messages, out);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("version", 1);
            fields.put("wall", java.time.Instant.now().toString());
            fields.putAll(header);
            log.event(LogEvent.START, fields);
            return log;
        } catch (IOException e) {
            throw new IOException("cannot write the performance log " + path + ": " + e.getMessage());
        }
    }

    public boolean enabled() {
        return queue != null && failure == null;
    }

    public Path path() {
        return path;
    }

    /** Lines dropped because the writer was behind. */
    public long dropped() {
        return dropped.get();
    }

    /** Logs an event of {@code type} with {@code fields} (values: numbers, strings, booleans, lists, maps). */
    public void event(String type, Map<String, ?> fields) {
        if (!enabled()) return;
        Map<String, Object> line = new LinkedHashMap<>(fields.size() + 3);
        line.put("type", type);
        line.put("t", clock.seconds());
        line.put("frame", clock.frame());
        line.putAll(fields);
        if (!queue.offer(Json.write(line))) dropped.incrementAndGet();
    }

    /** A block or a whole set was evaluated ({@code ok} false: it failed and changed nothing). */
    public void eval(String origin, String code, boolean wholeSet, boolean ok) {
        event(LogEvent.EVAL, Map.of("origin", String.valueOf(origin), "code", String.valueOf(code), "whole", wholeSet, "ok", ok));
    }

    public void scene(String name) {
        event(LogEvent.SCENE, Map.of("name", name));
    }

    public void cue(String name) {
        event(LogEvent.CUE, Map.of("name", name));
    }

    public void osc(String address, List<?> args) {
        event(LogEvent.OSC, Map.of("address", address, "args", args));
    }

    /** A MIDI message as its three bytes (status with channel, data1, data2). */
    public void midi(int status, int data1, int data2) {
        event(LogEvent.MIDI, Map.of("status", status, "data1", data1, "data2", data2));
    }

    public void tempo(double bpm, String source) {
        event(LogEvent.TEMPO, Map.of("bpm", bpm, "source", source));
    }

    public void tap() {
        event(LogEvent.TAP, Map.of());
    }

    /** One audio feature frame: bus slot names and the values written into them. */
    public void audio(String[] slots, double[] values) {
        if (!enabled()) return;
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i++) m.put(slots[i], values[i]);
        event(LogEvent.AUDIO, Map.of("values", m));
    }

    /** A bus value written from outside the code (an OSC-mapped fader, a MIDI CC...). */
    public void bus(String slot, double value) {
        event(LogEvent.BUS, Map.of("slot", slot, "value", value));
    }

    public void seed(String model, long seed) {
        event(LogEvent.SEED, Map.of("model", model, "seed", seed));
    }

    /** A model's latent walk state (position, seeds, rate...), enough to regenerate its frames. */
    public void walk(String model, Map<String, ?> state) {
        event(LogEvent.WALK, Map.of("model", model, "state", state));
    }

    /** An audio file started playing now, from {@code position} seconds into the file. */
    public void audioFile(Path file, double position) {
        event(LogEvent.AUDIO_FILE, Map.of("path", file.toAbsolutePath().toString(), "position", position));
    }

    /** Live audio is being captured into {@code wav} from now on. */
    public void audioCapture(Path wav) {
        event(LogEvent.AUDIO_CAPTURE, Map.of("path", wav.toAbsolutePath().toString()));
    }

    private void writeLoop(BufferedWriter out) {
        try (out) {
            while (true) {
                String line = queue.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) continue;
                if (line == END) return;
                if (failure != null) continue;
                try {
                    out.write(line);
                    out.write('\n');
                    out.flush();
                } catch (IOException e) {
                    failure = e.getMessage();
                    messages.println("log: the performance log stopped (" + e.getMessage() + "); " + path
                            + " keeps every line before this; the show goes on");
                }
            }
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes a {@code stop} line, flushes everything queued, and closes the file. */
    @Override
    public void close() {
        if (queue == null) return;
        event(LogEvent.STOP, Map.of("dropped", dropped.get()));
        try {
            queue.put(END);
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dropped.get() > 0) messages.println("log: " + dropped.get() + " lines were dropped because the disk was slow");
    }
}
