package latente.render.glsl;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import latente.runtime.scene.Call;

/**
 * Points a driver's compile log back at the performer's code. Drivers prefix each message with
 * the line of the generated shader: Mesa writes {@code 0:42(7): error: ...}, NVIDIA
 * {@code 0(42) : error C1008: ...}, others {@code ERROR: 0:42: ...}. The line's
 * {@link CompiledChain.SourceLine} says which call, or which line of which function's GLSL body,
 * produced it.
 */
public final class ShaderErrors {
    private static final Pattern LINE = Pattern.compile("^\\s*(?:ERROR:\\s*)?\\d+[:(](\\d+)[():]");

    private ShaderErrors() {}

    /** One exception naming the first call at fault, with every log line explained. */
    public static ChainCompileException explain(CompiledChain compiled, String log, String what) {
        Call first = null;
        Set<String> out = new LinkedHashSet<>();
        for (String raw : log.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            Matcher m = LINE.matcher(line);
            CompiledChain.SourceLine origin = null;
            String message = line;
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= compiled.lines().size()) origin = compiled.lines().get(n - 1);
                message = line.substring(m.end()).replaceFirst("^\\d*\\)?\\s*:?\\s*", "");
            }
            if (origin != null && origin.call() != null && first == null) first = origin.call();
            out.add(describe(origin) + message);
        }
        return new ChainCompileException(what + ": the shader did not compile: " + String.join("; ", out), first);
    }

    private static String describe(CompiledChain.SourceLine origin) {
        if (origin == null || origin.call() == null) return "";
        Call c = origin.call();
        String where = c.line() > 0 ? " (" + (c.origin() == null ? "line " : c.origin() + ":") + c.line() + ")" : "";
        if (origin.function() != null && origin.bodyLine() > 0) {
            return "in " + origin.function().name() + "()'s GLSL, line " + origin.bodyLine() + where + ": ";
        }
        if (origin.function() != null) return "in " + origin.function().name() + "()'s signature" + where + ": ";
        return "at " + c.name() + "()" + where + ": ";
    }
}
