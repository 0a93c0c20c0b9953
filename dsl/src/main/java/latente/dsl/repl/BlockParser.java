package latente.dsl.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when Enter sends the block: a REPL command ({@code :tempo 130}) goes at once; code
 * goes when Enter is pressed on an empty line (the block's last line is blank) or with
 * Alt-Enter; otherwise Enter starts a new line of the same block. JLine continues a block when
 * the parser throws {@link EOFError} on accept.
 *
 * <p>Thread contract: the REPL thread only.
 */
final class BlockParser extends DefaultParser {
    private boolean sendNow;

    /** The next accept sends the block as it is (Alt-Enter). */
    void sendNextAsIs() {
        sendNow = true;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            boolean force = sendNow;
            sendNow = false;
            if (!force && !complete(line)) throw new EOFError(-1, -1, "the block continues", "block");
        }
        return super.parse(line, cursor, context);
    }

    static boolean complete(String buffer) {
        if (buffer.isBlank()) return true;
        if (buffer.stripLeading().startsWith(":") && !buffer.contains("\n")) return true;
        int lastBreak = buffer.lastIndexOf('\n');
        return lastBreak >= 0 && buffer.substring(lastBreak + 1).isBlank();
    }

    @Override
    public boolean isEscapeChar(char ch) {
        return false; // Groovy code keeps its backslashes
    }
}
