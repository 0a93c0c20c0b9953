package latente.dsl.port;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import latente.dsl.eval.EvalResult;

/**
 * The eval port's line protocol (UTF-8, lines end with LF; a CR before it is ignored).
 *
 * <pre>
 * request  = *header *code-line end
 * header   = "@token " TOKEN | "@set" | "@name " NAME | "@cue " SCENE     (only before the code)
 * code-line= any line; one that starts with "." is sent with one more "." in front
 * end      = "." alone on a line, or the end of the connection
 *
 * response = status *text-line "."
 * status   = "ok" | "error"
 * text-line= the error message (file:line:column, the line, a caret), dot-stuffed the same way
 * </pre>
 *
 * {@code @set} evaluates the code as a whole set (replacing the scene); otherwise it is a block
 * that changes only what it names. {@code @name} names the code in messages. {@code @cue}
 * switches to a scene and takes no code. A connection may carry many requests.
 */
public final class EvalProtocol {
    /** Largest accepted block; a bigger one is answered with an error and discarded. */
    public static final int MAX_BLOCK_CHARS = 1 << 20;

    /** One request as read from the wire. */
    public record Request(String token, boolean wholeSet, String name, String cue, String code, boolean tooLarge) {}

    private EvalProtocol() {}

    /** Reads one request; null when the connection ended before any line. */
    public static Request read(BufferedReader in) throws IOException {
        String token = null;
        String name = "eval";
        String cue = null;
        boolean wholeSet = false;
        boolean headers = true;
        boolean any = false;
        boolean tooLarge = false;
        StringBuilder code = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            any = true;
            if (line.equals(".")) break;
            if (headers && line.startsWith("@")) {
                if (line.startsWith("@token ")) token = line.substring(7).strip();
                else if (line.equals("@set")) wholeSet = true;
                else if (line.startsWith("@name ")) name = line.substring(6).strip();
                else if (line.startsWith("@cue ")) cue = line.substring(5).strip();
                continue;
            }
            headers = false;
            if (line.startsWith(".")) line = line.substring(1);
            if (code.length() + line.length() + 1 > MAX_BLOCK_CHARS) tooLarge = true;
            else code.append(line).append('\n');
        }
        if (!any) return null;
        return new Request(token, wholeSet, name, cue, code.toString(), tooLarge);
    }

    /** Writes the response for {@code result} and flushes. */
    public static void write(Writer out, EvalResult result) throws IOException {
        StringBuilder s = new StringBuilder(result.ok() ? "ok\n" : "error\n");
        if (!result.ok() && result.error() != null) {
            for (String l : result.error().split("\n", -1)) s.append(l.startsWith(".") ? "." : "").append(l).append('\n');
        }
        s.append(".\n");
        out.write(s.toString());
        out.flush();
    }
}
