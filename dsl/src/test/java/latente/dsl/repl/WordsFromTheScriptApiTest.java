package latente.dsl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import latente.cli.Main;
import latente.cli.Subcommand;
import latente.cli.Subcommands;
import latente.dsl.engine.Engine;
import latente.dsl.lang.LatenteScript;
import latente.dsl.lang.Suggestions;
import latente.dsl.lang.Words;
import latente.dsl.wiring.Shows;
import org.junit.jupiter.api.Test;

/**
 * Every word a script can call has {@code :help}, completion and suggestions (the list is read
 * from the script API, not kept by hand), suggestions stay sensible, and every command of the
 * command line answers {@code --help}.
 */
class WordsFromTheScriptApiTest {
    /** The script's plumbing, not words: what the engine and Groovy call. */
    private static final Set<String> NOT_WORDS = Set.of("showControl", "origin", "attach", "setBinding", "getProperty", "setProperty", "methodMissing");

    private static String help(String name) {
        StringWriter text = new StringWriter();
        new ReplCommands(Shows.engine(new PrintStream(new ByteArrayOutputStream())), new PrintWriter(text)).run(":help " + name);
        return text.toString();
    }

    private static boolean isLanguage(java.lang.reflect.Member m) {
        return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getPackageName().equals("latente.dsl.lang");
    }

    @Test
    void everyPublicScriptMethodAndFieldIsAWord() {
        List<String> missing = new ArrayList<>();
        for (Method m : LatenteScript.class.getMethods()) {
            if (!isLanguage(m) || NOT_WORDS.contains(m.getName())) continue;
            String n = m.getName();
            boolean getter = n.startsWith("get") && n.length() > 3 && m.getParameterCount() == 0;
            boolean setterOfAValue = n.startsWith("set") && m.getParameterCount() == 1 && hasGetter("get" + n.substring(3));
            if (setterOfAValue) continue;
            String word = getter ? Character.toLowerCase(n.charAt(3)) + n.substring(4) : n;
            if (Words.find(word) == null) missing.add(word);
        }
        for (Field f : LatenteScript.class.getFields()) if (isLanguage(f) && Words.find(f.getName()) == null) missing.add(f.getName());
        assertEquals(List.of(), missing, "script words without @Help");
    }

    private static boolean hasGetter(String name) {
        try {
            LatenteScript.class.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void helpAnswersForTheWordsItUsedToMiss() {
        assertTrue(help("setFunction").startsWith("setFunction(name:"), help("setFunction"));
        assertTrue(help("record").startsWith("record(path"), help("record"));
        assertTrue(help("snap").startsWith("snap(path"), help("snap"));
        assertTrue(help("setResolution").startsWith("setResolution(width, height)"), help("setResolution"));
        assertTrue(help("mouse").startsWith("mouse\n  the pointer"), help("mouse"));
        assertTrue(help("stopRecording()").startsWith("stopRecording()"), help("stopRecording()"));
        assertTrue(help("osc").startsWith("osc(frequency"), help("osc"));
    }

    @Test
    void completionOffersThem() {
        List<String> names = Words.all().stream().map(Words.Word::name).toList();
        for (String w : List.of("record", "snap", "setFunction", "setResolution", "mouse", "resolution", "latent", "out")) {
            assertTrue(names.contains(w), w);
        }
    }

    @Test
    void suggestionsAreSensible() {
        String fast = help("fast");
        assertFalse(fast.contains("mask"), fast);
        assertTrue(fast.startsWith("fast is a method of patterns and signals"), fast);
        assertEquals("unknown name 'fader'", Suggestions.unknownName("fader"));
        assertEquals("unknown function rotat() - did you mean rotate()?", Suggestions.unknownCall("rotat", new Object[0]));
        assertEquals("unknown name 'brigthness' - did you mean brightness()?", Suggestions.unknownName("brigthness"));
        assertNotNull(Suggestions.closest("kaleidd"));
    }

    @Test
    void everyCommandAndCommandGroupAnswersHelp() {
        List<String> groups = new ArrayList<>();
        for (Subcommand c : Subcommands.all()) {
            List<String> args = new ArrayList<>(List.of(c.name().split(" ")));
            if (args.size() > 1 && !groups.contains(args.get(0))) groups.add(args.get(0));
            args.add("--help");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, code, c.name() + ": " + err);
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: latente " + c.name()), c.name() + ": " + out);
        }
        assertTrue(groups.contains("model"), groups.toString());
        for (String g : groups) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(List.of(g, "--help"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, g + ": " + text);
            assertTrue(text.startsWith("usage: latente " + g + " COMMAND"), text);
            for (Subcommand c : Subcommands.all()) if (c.name().startsWith(g + " ")) assertTrue(text.contains(c.name()), text);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(List.of("model", "bild"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("latente model: no command 'model bild'"), err.toString(StandardCharsets.UTF_8));
    }
}
