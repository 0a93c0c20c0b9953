package latente.cli.play;

import java.io.IOException;
import java.io.PrintStream;
import latente.cli.Options;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;
import latente.dsl.port.EvalGate;
import latente.runtime.midi.JavaxMidiDevices;
import latente.runtime.osc.OscIn;

/**
 * The inputs {@code latente play} opens: the OSC receiver ({@code --osc-port}, default 57125;
 * {@code --no-osc}), the audio input ({@code --audio}) and a MIDI input ({@code --midi}). Each
 * failure is one line and the show goes on without that input.
 */
final class Inputs {
    /** OSC address for code: {@code /latente/eval TOKEN CODE} (or {@code CODE} alone when no token is set). */
    static final String EVAL_ADDRESS = latente.dsl.engine.ShowInputs.EVAL_ADDRESS;

    private Inputs() {}

    static void start(Options o, Engine engine, int oscPort, PrintStream out) {
        if (!o.flag("no-osc")) {
            try {
                OscIn in = engine.sync().listen(oscPort);
                out.println("OSC in: UDP port " + in.port() + " (recv, on.msg, /tempo and /beat; /latente/cue NAME cues a scene)");
            } catch (IOException | RuntimeException e) {
                out.println("OSC port " + oscPort + " not opened (" + e.getMessage() + "); use --osc-port P or --no-osc. The show goes on.");
            }
        }
        String audio = o.get("audio", null);
        if (audio != null) out.println("audio: " + engine.inputs().pinAudio(audio));
        String midi = o.get("midi", null);
        if (midi != null) {
            try {
                engine.sync().midiIn(new JavaxMidiDevices(), midi);
                out.println("MIDI in: " + midi);
            } catch (Exception | LinkageError e) {
                out.println("MIDI port '" + midi + "' not opened (" + e.getMessage() + "); see latente midi devices. The show goes on.");
            }
        }
    }

    /**
     * {@code /latente/eval}: code through the {@link EvalGate} (refused unless {@code --eval-osc}),
     * evaluated on the engine's cue thread so the control thread never waits for it.
     */
    static void acceptCodeOverOsc(Engine engine, EvalGate gate) {
        engine.sync().onMsg(EVAL_ADDRESS, m -> {
            String token = m.size() >= 2 ? m.string(0, null) : null;
            String code = m.string(m.size() >= 2 ? 1 : 0, null);
            if (code == null) return;
            engine.later(() -> {
                EvalResult r = gate.evaluateFromOsc(token, code);
                engine.say(r.ok() ? "osc eval: ok" : "osc eval: " + r.error());
            });
        });
    }
}
