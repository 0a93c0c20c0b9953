package latente.runtime.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import latente.runtime.json.Json;

/**
 * Reads a performance log. A log whose process was killed may end in a half-written line: that
 * last line is skipped. A broken line elsewhere is an error naming its line number. A file holding
 * several shows (logs append) keeps the last one, from its final {@code start} line.
 */
public final class LogReader {
    private LogReader() {}

    public static List<LogEvent> read(Path path) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read the log " + path + ": " + e.getMessage());
        }
        List<LogEvent> events = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) continue;
            LogEvent e;
            try {
                e = parse(line);
            } catch (IllegalArgumentException ex) {
                if (n == lines.size() - 1) break;
                throw new IOException(path + " line " + (n + 1) + ": not a log line (" + ex.getMessage() + ")");
            }
            if (e.type().equals(LogEvent.START)) events.clear();
            events.add(e);
        }
        if (events.isEmpty() || !events.get(0).type().equals(LogEvent.START)) {
            throw new IOException(path + " is not a performance log (no start line)");
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    static LogEvent parse(String line) {
        if (!(Json.parse(line) instanceof Map<?, ?> raw)) throw new IllegalArgumentException("not an object");
        Map<String, Object> fields = new LinkedHashMap<>((Map<String, Object>) raw);
        Object type = fields.remove("type");
        Object t = fields.remove("t");
        Object frame = fields.remove("frame");
        if (!(type instanceof String s) || !(t instanceof Number tn)) throw new IllegalArgumentException("no type or t");
        return new LogEvent(s, tn.doubleValue(), frame instanceof Number f ? f.longValue() : -1, fields);
    }
}
