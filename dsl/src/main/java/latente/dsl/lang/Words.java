package latente.dsl.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import latente.render.vocab.Kind;
import latente.render.vocab.Param;
import latente.render.vocab.VisualFunction;
import latente.render.vocab.Vocabulary;

/**
 * Every word a performer can type, with a signature and one line of help: the language words
 * listed here (clock, scenes, outputs...) plus the visual vocabulary table. Feeds REPL
 * completion, {@code :help NAME} and "did you mean" suggestions. When an area adds words to
 * {@link LatenteScript}, it adds one line per word to {@link #LANGUAGE}.
 */
public final class Words {
    /** @param function true for a word called with parentheses, false for a value ({@code time}, {@code o1}) */
    public record Word(String name, String signature, String doc, boolean function, boolean chainMethod) {}

    private static final List<Word> LANGUAGE = List.of(
            fn("tempo", "tempo(bpm)", "sets the tempo in beats per minute: tempo 128"),
            fn("render", "render(output)", "shows an output full-screen (render(o1)); render() shows all four in a grid"),
            fn("hush", "hush()", "clears every output"),
            fn("scene", "scene(name) { ... }", "defines a scene of the set; cue it later by name"),
            fn("cue", "cue(name)", "switches to a scene of the set: runs its body over the running scene"),
            fn("asset", "asset(path)", "a file path resolved against the set file's folder"),
            value("time", "seconds since the show started, times speed"),
            value("beat", "beats since the show started (follows the tempo)"),
            value("bpm", "the tempo in beats per minute (read or assign)"),
            value("speed", "multiplier of time (Hydra's speed)"),
            value("bar", "the bar number (bars of meter beats, from the source's downbeat)"),
            value("phase", "where in the current beat we are, 0 (on the beat) up to 1"),
            fn("meter", "meter(beatsPerBar = 4)", "beats per bar: meter 3"),
            fn("tap", "tap()", "one tap of tap tempo: call it on each beat"),
            fn("nudge", "nudge(fraction)", "runs the clock a little faster (0.05) or slower (-0.05) for half a second"),
            fn("sync", "sync(source)", "the clock follows 'internal', 'osc', 'midi' or 'audio'"),
            fn("recv", "recv(address, default = 0)", "the latest number sent over OSC to the address, always current: osc(recv('/freq', 10))"),
            fn("send", "send(address, args...)", "sends an OSC message to the sendTo target"),
            fn("sendTo", "sendTo('host:port')", "where send and the beat/scene announcements go"),
            fn("cc", "cc(number) or cc(channel, number)", "a MIDI controller 0..1, always current: scale(cc(74))"),
            fn("learn", "learn()", "move a MIDI controller: its channel and number are printed"),
            value("on", "event handlers: on.msg('/x/*') { args -> }, on.note(36) { v -> }, on.beat(4) { }, on.onset { }"),
            value("audio", "the audio input: audio.bass/mid/high/energy/beat/bpm, audio.fft[i], audio.input 'track.wav', audio.setBins(n)"),
            value("a", "Hydra's name for audio: a.fft[0], a.setBins(4), a.setSmooth(0.4), a.setCutoff(2), a.setScale(10)"),
            fn("pattern", "pattern(mini, seed = 0)", "a mini-notation pattern (fast, slow, every, rev, off...); one cycle per bar as an argument"),
            fn("sine", "sine()", "signal 0..1, one period per beat; .range(lo, hi) .fast(k) .slow(k) .offset(o)"),
            fn("cosine", "cosine()", "signal 0..1 starting at 1, one period per beat"),
            fn("tri", "tri()", "triangle signal 0..1..0, one period per beat"),
            fn("saw", "saw()", "ramp signal 0..1, one period per beat"),
            fn("isaw", "isaw()", "falling ramp signal 1..0, one period per beat"),
            fn("square", "square()", "signal 0 for half a beat, then 1"),
            fn("rand", "rand(seed = 0)", "a new random value 0..1 each beat, held"),
            fn("drift", "drift(seed = 0)", "smooth random signal 0..1 (noise() is Hydra's noise source)"),
            fn("env", "env(trigger, attack = 0.01, decay = 0.3)", "envelope 0..1 fired by 'beat', 'bar' or 'onset': scale(env('beat'))"),
            fn("renderScale", "renderScale('auto' or scale)", "the outputs' render scale: 'auto' (default) lowers it in steps to hold the frame rate; 0.5 pins half size; the window and recording keep their size"),
            value("o0", "output 0, the one shown by default"),
            value("o1", "output 1"),
            value("o2", "output 2"),
            value("o3", "output 3"),
            value("s0", "external source 0"),
            value("s1", "external source 1"),
            value("s2", "external source 2"),
            value("s3", "external source 3"),
            new Word("out", "out(output = o0)", "draws the chain into an output from the next frame on", true, true),
            fn("latent", "latent(prompt, seed: 1, steps: 4, size: 256, model: 'builtin:garden', keyframes: 8, rate: 0.1)",
                    "a latent walk of a model; the prompt is mini-notation ('<moss ember>/4'); show it with src(walk)"),
            new Word("walk", "walk(rate: 0.1)", "a latent's walk speed in seed legs per second: a number or a closure { 0.05 + audio.bass * 0.4 }", true, true),
            new Word("jump", "jump()", "a latent leaps to a new region at its next keyframe (safe from any handler)", true, true),
            new Word("prompt", "prompt(text)", "changes a latent's prompt (mini-notation)", true, true),
            new Word("steps", "steps(n = 4)", "a latent's sampler steps per keyframe, 1 to 8", true, true),
            new Word("from", "from(output, strength: 0.5)", "image-to-image: a latent re-textures an output (o0-o3) each keyframe", true, true));

    private Words() {}

    private static Word fn(String name, String signature, String doc) {
        return new Word(name, signature, doc, true, false);
    }

    private static Word value(String name, String doc) {
        return new Word(name, name, doc, false, false);
    }

    /** Language words then vocabulary functions (re-read each time: the vocabulary can grow). */
    public static List<Word> all() {
        List<Word> all = new ArrayList<>(LANGUAGE);
        for (VisualFunction fn : Vocabulary.all()) all.add(of(fn));
        return Collections.unmodifiableList(all);
    }

    /** The word named {@code name}, or null. */
    public static Word find(String name) {
        VisualFunction fn = Vocabulary.find(name);
        if (fn != null) return of(fn);
        for (Word w : LANGUAGE) if (w.name().equals(name)) return w;
        return null;
    }

    static Word of(VisualFunction fn) {
        return new Word(fn.name(), signature(fn), fn.doc() + " (" + kind(fn.kind()) + ")", true, fn.kind() != Kind.SOURCE);
    }

    /** {@code osc(frequency = 60, sync = 0.1, offset = 0)}; texture inputs are written first. */
    public static String signature(VisualFunction fn) {
        StringBuilder s = new StringBuilder(fn.name()).append('(');
        boolean first = true;
        if (fn.kind().takesTexture() && fn.params().stream().noneMatch(Param::isTexture)) {
            s.append("texture");
            first = false;
        }
        for (Param p : fn.params()) {
            if (!first) s.append(", ");
            first = false;
            s.append(p.name());
            if (!p.isTexture()) s.append(" = ").append(number(p.defaultValue()));
        }
        return s.append(')').toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String kind(Kind k) {
        return switch (k) {
            case SOURCE -> "source: starts a chain";
            case COORD -> "geometry";
            case COLOR -> "colour";
            case COMBINE -> "blend: takes a texture";
            case COMBINE_COORD -> "modulate: takes a texture";
            default -> k.name().toLowerCase();
        };
    }
}
