package latente.cli.play;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.OutputFormatCheck;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.dsl.engine.Engine;
import latente.dsl.engine.SetFile;
import latente.dsl.engine.SetWatcher;
import latente.dsl.show.EvalResult;
import latente.dsl.engine.LiveRecording;
import latente.dsl.live.FrameListener;
import latente.dsl.live.LiveShow;
import latente.dsl.wiring.Shows;
import latente.render.readback.RecordingTap;
import latente.dsl.port.EvalGate;
import latente.dsl.port.EvalPort;
import latente.dsl.port.TokenFile;
import latente.dsl.repl.MessageSink;
import latente.dsl.repl.Repl;
import latente.render.gl.GlfwWindowContext;
import latente.runtime.osc.OscInConfig;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * {@code latente play SET}: the live show. Opens the stage window (or runs headless), evaluates
 * the set, starts the eval port and, unless told otherwise, the REPL on this thread. The show
 * runs until {@code :quit}, the window is closed, or {@code --seconds} have passed.
 */
public final class PlayCommand implements Subcommand {
    @Override
    public String name() {
        return "play";
    }

    @Override
    public String summary() {
        return "perform a set live: window (or headless), REPL, eval port, --watch";
    }

    @Override
    public String usage() {
        return """
                usage: latente play SET [options]
                  --headless          run without a window (EGL; no display needed)
                  --watch             re-evaluate SET each time it is saved
                  --width W --height H  picture size (default 1280x720)
                  --fps F             frame rate to hold (the cap when headless; default 60)
                  --resolution R      outputs' render size: auto (default: lowered in steps while frames
                                      run late, raised when there is room) or WxH to pin it; the window
                                      and the recording keep --width x --height
                  --fullscreen N      program output fullscreen on monitor N (0 = primary), never with the HUD
                  --no-preview        no performer's preview window (HUD, outputs); the HUD then shows
                                      on the program window while it is not fullscreen
                  stage keys (in either window; :help keys): T tap, B blackout, Left/Right scenes,
                                      F1 HUD, F11 fullscreen
                  --port P            eval port on 127.0.0.1 (default %d; 0 turns it off)
                  --eval-bind ADDR    accept code from ADDR's network too (needs a token; prints a warning)
                  --eval-token T      token every eval request must carry (default: a fresh one, left for
                                      latente send in $XDG_RUNTIME_DIR/latente/eval-PORT.token)
                  --eval-osc          accept code over OSC /latente/eval (always needs the token)
                  --eval-limit S      stop an evaluation after S seconds (default 2)
                  --osc-port P        OSC in on UDP port P (default %d); /latente/cue NAME cues a scene
                  --no-osc            do not listen for OSC
                  --audio SPEC        audio input: a file (played in time), a capture device name, or "default"
                  --midi NAME         MIDI input port whose name contains NAME (latente midi devices)
                  --no-repl           no REPL: run until the window closes (or Ctrl-C)
                  --record FILE       record the show from the start (.mkv stays playable if killed;
                                      .mov with --record-format prores; see docs/recording.md)
                  --record-format F   h264 (default), prores, lossless or png (FILE: .mp4/.mkv, .mov,
                                      frames/%%05d.png or a folder; anything else is refused)
                  --quality Q         H.264 quality as CRF (lower is better; default 20)
                  --seconds N         stop after N seconds (for tests and scripts; implies --no-repl)
                  --trust-set         let performer code use threads, processes, reflection and the engine
                                      (off: sets run in a sandbox, see docs/language.md)"""
                .formatted(EvalPort.DEFAULT_PORT, OscInConfig.DEFAULT_PORT);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args,
                Set.of("width", "height", "fps", "fullscreen", "port", "eval-bind", "eval-token", "eval-limit", "seconds",
                        "record", "record-format", "quality", "osc-port", "audio", "midi", "resolution"),
                Set.of("headless", "watch", "eval-osc", "no-repl", "no-osc", "trust-set", "no-preview"));
        latente.dsl.sandbox.Sandbox.trust(o.flag("trust-set"));
        if (o.positional().size() != 1) throw new UsageException("give exactly one set file");
        int width = o.integer("width", 1280);
        int height = o.integer("height", 720);
        double fps = o.number("fps", 60);
        int port = o.integer("port", EvalPort.DEFAULT_PORT);
        double limit = o.number("eval-limit", latente.dsl.eval.Evaluator.DEFAULT_LIMIT_SECONDS);
        double seconds = o.number("seconds", 0);
        int oscPort = o.integer("osc-port", OscInConfig.DEFAULT_PORT);
        if (width < 2 || height < 2 || fps <= 0 || port < 0 || port > 65535 || oscPort < 0 || oscPort > 65535 || limit <= 0 || seconds < 0) {
            throw new UsageException("--width/--height at least 2; --fps, --eval-limit positive; --port 0-65535");
        }
        double renderScale = latente.cli.play.RenderScaleOption.scale(o.get("resolution", "auto"), width, height);
        if (o.has("record")) OutputFormatCheck.check(o.get("record", ""), o.has("record-format") ? o.get("record-format", "") : null);
        SetFile set;
        try {
            set = SetFile.read(o.positional().get(0));
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        }
        boolean headless = o.flag("headless");
        if (!headless && !GlfwWindowContext.displayAvailable()) {
            err.println("no display here (DISPLAY and WAYLAND_DISPLAY are unset), so no window can open.");
            err.println("  render it to a video instead:  latente render " + set.path() + " --seconds 30 --out show.mp4");
            err.println("  or run it live without a window:  latente play " + set.path() + " --headless");
            return 1;
        }
        MessageSink sink = new MessageSink(out::println);
        Engine engine = Shows.engine(MessageSink.printStream(sink));
        engine.link().renderScale(renderScale);
        engine.evaluator().limitSeconds(limit);
        LiveShow.Settings settings = headless ? LiveShow.Settings.headless(width, height, fps)
                : new LiveShow.Settings(true, width, height, fps, "latente - " + set.name(),
                        o.has("fullscreen") ? o.integer("fullscreen", 0) : -1, true, !o.flag("no-preview"));
        LiveShow show;
        try {
            show = LiveShow.start(engine, settings);
        } catch (Exception e) {
            err.println("cannot start the picture: " + e.getMessage());
            return 1;
        }
        try (show; EvalPort evalPort = startPort(o, engine, port, out)) {
            out.println("playing " + set.name() + " on " + show.render().description());
            Inputs.start(o, engine, oscPort, out);
            // Before the set loads, so that a set which records itself ('record' at its top) finds the recorder.
            LiveRecording recording = installRecorder(engine, show, width, height, fps);
            // The log opens before the set loads (the video starts after): a replay then sees the
            // loading and every beat handler, and reaches the first recorded frame in the show's state.
            if (o.has("record")) recording.openLogAhead(o.get("record", ""), recordOptions(o));
            EvalResult loaded = engine.load(set);
            out.println(loaded.ok() ? "loaded " + set.name() : loaded.error() + "\n(the show runs on; fix the set and save or :load it)");
            startRecording(o, engine, out);
            latente.dsl.eval.Evaluator.warmUpInBackground(40);
            try (SetWatcher watcher = o.flag("watch") ? new SetWatcher(engine, set.path(), engine.messages()::println).start() : null) {
                if (watcher != null) out.println("watching " + set.path() + ": every save is evaluated");
                long start = System.nanoTime();
                long framesAtStart = show.frames();
                if (seconds > 0) {
                    show.render().awaitStopped((long) (seconds * 1000));
                } else if (o.flag("no-repl")) {
                    while (!show.render().awaitStopped(1000)) {
                        // runs until the window closes or the process is stopped
                    }
                } else {
                    runRepl(engine, show, sink);
                }
                double elapsed = (System.nanoTime() - start) / 1e9;
                long frames = show.frames() - framesAtStart;
                out.printf("stopped after %.1f s: %d frames (%.1f frames/s)%n", elapsed, frames, frames / elapsed);
                if (engine.recording().recording()) out.println(engine.recording().stop());
            }
        }
        return 0;
    }

    /**
     * Installs the recorder seam ({@code record}, {@code :record}, {@code :snap}). The render
     * thread feeds the tap after each frame; frames are read back asynchronously and dropped,
     * never waited for, when the encoder lags.
     */
    public static LiveRecording installRecorder(Engine engine, LiveShow show, int width, int height, double fps) {
        RecordingTap tap = new RecordingTap();
        show.render().addListener(new FrameListener() {
            @Override
            public void afterDraw(latente.render.Renderer renderer, latente.render.gl.GlContext context, long frame) {
                tap.frame(renderer.finalFrame(), System.nanoTime());
            }

            @Override
            public void onStop(latente.render.Renderer renderer) {
                tap.close();
            }
        });
        LiveRecording recording = new LiveRecording(engine, tap, width, height, fps, engine.inputs().showAudio(), engine.messages());
        engine.recording(recording);
        return recording;
    }

    /** The recording options {@code --record-format} and {@code --quality} give. */
    private static java.util.Map<String, Object> recordOptions(Options o) {
        java.util.Map<String, Object> options = new java.util.HashMap<>();
        if (o.has("record-format")) options.put("format", o.get("record-format", "h264"));
        if (o.has("quality")) options.put("quality", o.get("quality", "20"));
        return options;
    }

    /** Starts recording when {@code --record} asks. */
    public static void startRecording(Options o, Engine engine, PrintStream out) {
        if (o.has("record")) {
            try {
                String message = engine.recording().start(o.get("record", ""), recordOptions(o));
                if (message != null) out.println(message);
            } catch (Exception e) {
                out.println("record: " + e.getMessage() + " (the show goes on without recording)");
            }
        }
    }

    /**
     * The eval port and the OSC code gate. Every request needs the token, on localhost too: other
     * local programs and users cannot send code. On localhost the token is left in a file only
     * this user can read ({@link TokenFile}), where {@code latente send} finds it; it is printed
     * only when another machine needs it. Null when --port 0.
     */
    private static EvalPort startPort(Options o, Engine engine, int port, PrintStream out) throws Exception {
        String bind = o.get("eval-bind", null);
        InetAddress address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
        boolean open = !address.isLoopbackAddress();
        String token = o.get("eval-token", null);
        boolean osc = o.flag("eval-osc");
        boolean given = token != null;
        if (token == null) token = EvalGate.generateToken();
        if ((open || osc) && !given) out.println("eval token (every request must carry it as '@token " + token + "'): " + token);
        EvalGate gate = new EvalGate(engine, token, osc);
        Inputs.acceptCodeOverOsc(engine, gate);
        if (osc) out.println("code over OSC /latente/eval is ON (token required)");
        if (port == 0) return null;
        if (open) {
            out.println("WARNING: the eval port accepts code from the network at " + address.getHostAddress() + ":" + port
                    + ". Anyone with the token can run any code on this machine.");
        }
        EvalPort p;
        try {
            p = EvalPort.start(gate, address, port, engine.messages());
        } catch (IOException e) {
            out.println("eval port " + port + " not started: " + e.getMessage() + " (use --port to choose another)");
            return null;
        }
        TokenFile file = TokenFile.forPort(p.port());
        try {
            p.publishToken(file, token);
            out.println("eval port: " + p.address().getHostAddress() + ":" + p.port() + " (token in " + file.path() + ")");
        } catch (IOException e) {
            out.println("eval port: " + p.address().getHostAddress() + ":" + p.port() + " (token required; cannot write " + file.path()
                    + ": " + e.getMessage() + "; give latente send --token or start with --eval-token)");
        }
        return p;
    }

    private static void runRepl(Engine engine, LiveShow show, MessageSink sink) throws Exception {
        try (Terminal terminal = TerminalBuilder.builder().name("latente").system(true)
                // Ctrl-C while a block evaluates must not kill the show (the evaluation limit stops
                // runaway code); while typing, JLine turns it into "drop this block".
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build()) {
            Repl repl = new Repl(engine, terminal, Repl.defaultHistory());
            sink.target(repl::printAbove);
            Thread closer = new Thread(() -> {
                try {
                    show.render().awaitStopped(Long.MAX_VALUE);
                    repl.stop();
                } catch (InterruptedException ignored) {
                    // the REPL ended first
                }
            }, "latente-window-watch");
            closer.setDaemon(true);
            closer.start();
            repl.run();
            closer.interrupt();
            sink.target(terminal.writer()::println);
        }
    }
}
