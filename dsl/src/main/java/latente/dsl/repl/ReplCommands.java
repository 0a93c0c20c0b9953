package latente.dsl.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import latente.dsl.engine.Engine;
import latente.dsl.show.RecordingControl;
import latente.dsl.engine.SetFile;
import latente.dsl.engine.SetWatcher;
import latente.dsl.show.EvalResult;
import latente.dsl.lang.Suggestions;
import latente.dsl.lang.Words;

/**
 * The REPL's colon commands. Each prints one short answer; none can stop the show (errors are
 * printed, the render thread never waits for them).
 *
 * <p>Thread contract: the REPL thread; {@code :watch} starts a watcher thread of its own.
 */
final class ReplCommands {
    record Command(String name, String args, String help) {}

    static final List<Command> COMMANDS = List.of(
            new Command("load", "FILE", "evaluate a set file (it replaces the scene)"),
            new Command("watch", "[FILE|off]", "re-evaluate a set file each time it is saved"),
            new Command("hush", "", "black out: every output stops and goes black"),
            new Command("scene", "[NAME]", "cue a scene of the set; without a name, list them"),
            new Command("tempo", "BPM", "set the tempo"),
            new Command("record", "[FILE|stop]", "start or stop recording the output (and the show's audio)"),
            new Command("snap", "[FILE]", "write a PNG of the output at full resolution"),
            new Command("help", "[NAME]", "this list, the arguments and meaning of a word, or keys (the stage keys)"),
            new Command("quit", "", "stop the show and leave"));

    private final Engine engine;
    private final PrintWriter out;
    private SetWatcher watcher;

    ReplCommands(Engine engine, PrintWriter out) {
        this.engine = engine;
        this.out = out;
    }

    /** Runs {@code :name args}; returns false for {@code :quit}. */
    boolean run(String line) {
        String[] parts = line.strip().substring(1).split("\\s+", 2);
        String name = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case "quit", "q", "exit" -> {
                return false;
            }
            case "load" -> load(arg);
            case "watch" -> watch(arg);
            case "hush" -> {
                EvalResult r = engine.evaluateBlock("hush()", "repl");
                out.println(r.ok() ? "hushed" : r.error());
            }
            case "scene" -> scene(arg);
            case "tempo" -> tempo(arg);
            case "record" -> record(arg);
            case "snap" -> snap(arg);
            case "help" -> help(arg);
            default -> out.println("unknown command :" + name + " (:help lists them)");
        }
        out.flush();
        return true;
    }

    private void load(String file) {
        if (file.isEmpty()) {
            out.println("usage: :load FILE");
            return;
        }
        try {
            SetFile set = SetFile.read(file);
            EvalResult r = engine.load(set);
            out.println(r.ok() ? "loaded " + set.name() : r.error());
        } catch (IOException e) {
            out.println(e.getMessage());
        }
    }

    private void watch(String file) {
        if (watcher != null) {
            watcher.close();
            out.println("stopped watching " + watcher.path());
            watcher = null;
        }
        if (file.isEmpty() || file.equals("off")) return;
        load(file);
        watcher = new SetWatcher(engine, Path.of(file), engine.messages()::println).start();
        out.println("watching " + file + ": every save is evaluated");
    }

    private void scene(String name) {
        if (name.isEmpty()) {
            List<String> names = engine.sceneNames();
            out.println(names.isEmpty() ? "this set defines no scenes" : "scenes: " + String.join(", ", names));
            return;
        }
        EvalResult r = engine.cue(name);
        out.println(r.ok() ? "scene " + name : r.error());
    }

    private void tempo(String bpm) {
        try {
            engine.bpm(Double.parseDouble(bpm));
            out.println("tempo " + engine.bpm());
        } catch (IllegalArgumentException e) {
            out.println(bpm.isEmpty() ? "tempo " + engine.bpm() : "usage: :tempo BPM (a number between 20 and 400)");
        }
    }

    /** {@code :record FILE} starts, {@code :record stop} (or a bare {@code :record} while recording) stops. */
    private void record(String arg) {
        RecordingControl r = engine.recording();
        try {
            String target = arg.isEmpty() ? "show-" + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-') + ".mkv" : arg;
            String message = arg.equals("stop") || (arg.isEmpty() && r.recording()) ? r.stop() : r.start(target, java.util.Map.of());
            if (message != null) out.println(message);
        } catch (Exception e) {
            out.println("record: " + e.getMessage());
        }
    }

    private void snap(String arg) {
        String message = engine.recording().snapshot(arg.isEmpty() ? null : arg);
        if (message != null) out.println(message);
    }

    private void help(String name) {
        if (name.isEmpty()) {
            out.println("Type code; Enter on an empty line (or Alt-Enter) sends the block. Tab completes.");
            for (Command c : COMMANDS) out.printf("  :%-7s %-12s %s%n", c.name(), c.args(), c.help());
            out.println("Words: " + String.join(" ", Words.all().stream().map(Words.Word::name).toList()));
            return;
        }
        if (name.equals("keys")) {
            out.print(latente.render.stage.StageKeys.help());
            return;
        }
        Words.Word w = Words.find(name.replace("()", ""));
        if (w == null && Suggestions.valueMethod(name.replace("()", "")) != null) {
            out.println(Suggestions.valueMethod(name.replace("()", "")));
        } else if (w == null) {
            String near = Suggestions.closest(name);
            out.println("no word '" + name + "'" + (near == null ? "" : " - did you mean " + near + "?"));
        } else {
            out.println(w.signature());
            out.println("  " + w.doc());
        }
    }

    void close() {
        if (watcher != null) watcher.close();
    }
}
