package latente.dsl.port;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import latente.dsl.show.EvalResult;

/**
 * The eval port's line protocol (UTF-8, lines end with LF; a CR before it is ignored).
 *
 * <pre>
 * request  = *header *code-line end
 * header   = "@token " TOKEN | "@set" | "@name " NAME | "@cue " SCENE | "@dir " FOLDER
 *            (only before the code; @dir: the folder a set's assets are resolved against)
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
    public record Request(String token, boolean wholeSet, String name, String cue, String dir, String code, boolean tooLarge) {}

    private EvalProtocol() {}

    /** Reads one request; null when the connection ended before any line. */
    public static Request read(BufferedReader in) throws IOException {
        String token = null;
        String name = "eval";
        String cue = null;
        String dir = null;
        boolean wholeSet = false;
        boolean headers = true;
        boolean any = false;
        boolean tooLarge = false;
        StringBuilder code = new StringBuilder();
        String line;
        while ((line = boundedLine(in)) != null) {
            if (line == TOO_LONG) {
                tooLarge = true;
                any = true;
                continue;
            }
            any = true;
            if (line.equals(".")) break;
            if (headers && line.startsWith("@")) {
                if (line.startsWith("@token ")) token = line.substring(7).strip();
                else if (line.equals("@set")) wholeSet = true;
                else if (line.startsWith("@name ")) name = line.substring(6).strip();
                else if (line.startsWith("@cue ")) cue = line.substring(5).strip();
                else if (line.startsWith("@dir ")) dir = line.substring(5).strip();
                continue;
            }
            headers = false;
            if (line.startsWith(".")) line = line.substring(1);
            if (code.length() + line.length() + 1 > MAX_BLOCK_CHARS) tooLarge = true;
            else code.append(line).append('\n');
        }
        if (!any) return null;
        return new Request(token, wholeSet, name, cue, dir, code.toString(), tooLarge);
    }

    /** Marks a line longer than {@link #MAX_BLOCK_CHARS} (compared by identity). */
    private static final String TOO_LONG = new String("\u0000too long");

    /**
     * Reads one line (LF-terminated, a CR before it dropped) without ever holding more than
     * {@link #MAX_BLOCK_CHARS} characters: {@code BufferedReader.readLine} would buffer an endless
     * line from a broken client until memory runs out. Null at the end of the stream.
     */
    private static String boundedLine(BufferedReader in) throws IOException {
        StringBuilder s = new StringBuilder();
        boolean overflow = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (s.length() < MAX_BLOCK_CHARS) s.append((char) c);
            else overflow = true;
        }
        if (c < 0 && s.length() == 0 && !overflow) return null;
        if (overflow) return TOO_LONG;
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == '\r') s.setLength(n - 1);
        return s.toString();
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
