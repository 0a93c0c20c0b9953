package latente.dsl.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import latente.dsl.engine.Engine;
import latente.dsl.show.EvalResult;

/**
 * The door through which code arrives from outside the REPL: the TCP eval port and, when
 * switched on, OSC messages to {@code /latente/eval}. Code is the most powerful thing the engine
 * accepts, so when a token is set every request must carry it (compared in constant time); code
 * over OSC is refused unless it was switched on, and then always needs the token, because OSC
 * ports are open to the venue's network.
 *
 * <p>Thread contract: any thread; evaluations are serialised by the {@link Engine}.
 */
public final class EvalGate {
    private final Engine engine;
    private final byte[] token;
    private final boolean oscEnabled;

    /** @param token the shared secret, or null when requests need none (localhost only) */
    public EvalGate(Engine engine, String token, boolean oscEnabled) {
        if (oscEnabled && token == null) throw new IllegalArgumentException("code over OSC needs a token");
        this.engine = engine;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.oscEnabled = oscEnabled;
    }

    /** A fresh random token: 128 bits as 32 hex digits. */
    public static String generateToken() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public boolean tokenRequired() {
        return token != null;
    }

    /** True when {@code given} may evaluate code. */
    public boolean accepts(String given) {
        if (token == null) return true;
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Evaluates a block (or a whole set) if {@code given} is the token; refuses otherwise. */
    public EvalResult evaluateWithToken(String given, String code, String origin, boolean wholeSet) {
        if (!accepts(given)) return refused(given);
        return wholeSet ? engine.evaluateSet(code, origin) : engine.evaluateBlock(code, origin);
    }

    /** Evaluates a whole set whose assets live in {@code dir} (a set sent from an editor). */
    public EvalResult evaluateSetWithToken(String given, String code, String origin, java.nio.file.Path dir) {
        if (!accepts(given)) return refused(given);
        if (dir != null) engine.baseDirectory(dir);
        return engine.evaluateSet(code, origin);
    }

    /** Evaluates a block: the call the OSC and other wirings make. */
    public EvalResult evaluateWithToken(String given, String code) {
        return evaluateWithToken(given, code, "eval", false);
    }

    /** Cues a scene if {@code given} is the token. */
    public EvalResult cueWithToken(String given, String scene) {
        if (!accepts(given)) return refused(given);
        return engine.cue(scene);
    }

    /** For the OSC receiver's {@code /latente/eval TOKEN CODE}: refused unless switched on. */
    public EvalResult evaluateFromOsc(String given, String code) {
        if (!oscEnabled) return EvalResult.error("code over OSC is off; start the show with --eval-osc to accept it");
        return evaluateWithToken(given, code, "osc", false);
    }

    public boolean oscEnabled() {
        return oscEnabled;
    }

    private static EvalResult refused(String given) {
        return EvalResult.error(given == null ? "refused: this engine needs a token (send a line '@token TOKEN' first)"
                : "refused: wrong token");
    }
}
