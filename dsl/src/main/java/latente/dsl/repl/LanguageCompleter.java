package latente.dsl.repl;

import java.util.List;
import latente.dsl.lang.Words;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion of the language: after a dot, the functions that continue a chain
 * ({@code osc(10).kal<TAB>} gives {@code kaleid(}); elsewhere sources, words and outputs; after
 * a colon at the start, the REPL commands; after {@code :help}, every word. Each candidate shows
 * its signature with argument names and defaults, and one line of help.
 */
final class LanguageCompleter implements Completer {
    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String word = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        String before = line.line().substring(0, Math.max(0, line.cursor() - word.length()));
        if (before.isBlank() && word.startsWith(":")) {
            for (ReplCommands.Command c : ReplCommands.COMMANDS) {
                candidates.add(new Candidate(":" + c.name(), ":" + c.name(), "commands", c.help(), null, null, true));
            }
            return;
        }
        boolean help = before.strip().equals(":help");
        int start = word.length();
        while (start > 0 && Character.isJavaIdentifierPart(word.charAt(start - 1))) start--;
        String head = word.substring(0, start);
        boolean afterDot = start > 0 && word.charAt(start - 1) == '.';
        for (Words.Word w : Words.all()) {
            if (!help && afterDot != w.chainMethod()) continue;
            String value = help ? w.name() : head + w.name() + (w.function() ? "(" : "");
            candidates.add(new Candidate(value, w.signature(), afterDot ? "chain" : "words", w.doc(), null, null, help || !w.function()));
        }
    }
}
