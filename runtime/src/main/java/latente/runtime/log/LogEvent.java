package latente.runtime.log;

import java.util.List;
import java.util.Map;

/**
 * One line of a performance log, read back. The types and their fields:
 * <pre>
 *   start         version, wall (ISO instant), and the show's state when the log opened:
 *                 fps, width, height, time, beat, bpm, speed
 *   eval          origin, code, whole (a whole set, or a block), ok (false: failed, changed nothing)
 *   scene, cue    name
 *   osc           address, args (list)
 *   midi          status, data1, data2
 *   tempo         bpm, source ("code", "tap", "osc", "midi", "audio")
 *   tap           (no fields)
 *   audio         values: {bus slot name: value} (one audio feature frame)
 *   bus           slot, value
 *   seed          model, seed
 *   walk          model, state {...}
 *   audiofile     path, position (an audio file started playing at t, from position seconds)
 *   audiocapture  path (live audio captured into this WAV from t on)
 *   record        path, format (a recording started at t) ; recordstop path, summary
 *   stop          dropped (the log closed cleanly)
 * </pre>
 * Every line also has {@code t} (seconds since the log started) and {@code frame}.
 */
public record LogEvent(String type, double t, long frame, Map<String, Object> fields) {
    public static final String START = "start";
    public static final String EVAL = "eval";
    public static final String SCENE = "scene";
    public static final String CUE = "cue";
    public static final String OSC = "osc";
    public static final String MIDI = "midi";
    public static final String TEMPO = "tempo";
    public static final String TAP = "tap";
    public static final String AUDIO = "audio";
    public static final String BUS = "bus";
    public static final String SEED = "seed";
    public static final String WALK = "walk";
    public static final String AUDIO_FILE = "audiofile";
    public static final String AUDIO_CAPTURE = "audiocapture";
    public static final String RECORD = "record";
    public static final String RECORD_STOP = "recordstop";
    public static final String STOP = "stop";

    public String string(String name) {
        Object v = fields.get(name);
        return v == null ? null : v.toString();
    }

    public double number(String name, double fallback) {
        return fields.get(name) instanceof Number n ? n.doubleValue() : fallback;
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(fields.get(name));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        return fields.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public List<?> list(String name) {
        return fields.get(name) instanceof List<?> l ? l : List.of();
    }
}
