package latente.dsl.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import latente.runtime.log.LogClock;
import latente.runtime.log.PerformanceLog;

/**
 * Opens a performance log for a running engine: the {@code start} line carries the clock state
 * and picture size, then the code that made the current scene is logged (so that a log opened
 * mid-show replays from the same state), then the engine logs every evaluation and tempo change.
 */
public final class ShowLog {
    private ShowLog() {}

    public static PerformanceLog open(Engine engine, Path path, LogClock clock, int width, int height, double fps,
                                      PrintStream messages) throws IOException {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("fps", fps);
        header.put("width", width);
        header.put("height", height);
        header.put("time", engine.time());
        header.put("beat", engine.beat());
        header.put("bpm", engine.bpm());
        header.put("speed", engine.speed());
        PerformanceLog log = PerformanceLog.open(path, clock, header, messages);
        for (EvalHistory.Entry e : engine.history()) log.eval(e.origin(), e.code(), e.wholeSet(), true);
        engine.log(log);
        return log;
    }

    /** The log beside a recording: {@code show.mkv} → {@code show.log.jsonl}, {@code frames/%05d.png} → {@code frames.log.jsonl}. */
    public static Path besideRecording(Path video) {
        String name = video.getFileName().toString();
        if (name.contains("%")) {
            // A PNG sequence (frames/%05d.png): the log goes beside its folder, frames.log.jsonl.
            Path folder = video.toAbsolutePath().getParent();
            return folder.resolveSibling(folder.getFileName() + ".log.jsonl");
        }
        int dot = name.lastIndexOf('.');
        return video.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".log.jsonl");
    }
}
