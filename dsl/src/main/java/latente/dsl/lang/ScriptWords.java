package latente.dsl.lang;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the language's words from the script API itself: every {@link Help}-annotated public
 * method and field of {@link LatenteScript} (with its word interfaces) and of the classes whose
 * methods continue a chain. So {@code :help}, completion and suggestions can never miss a word
 * the scripts can call.
 */
final class ScriptWords {
    /** Classes whose words are called on a value ({@code chain.out(o1)}, {@code walk.jump()}). */
    static final List<Class<?>> CHAIN_CLASSES = List.of(ChainBuilder.class, Latent.class);

    private ScriptWords() {}

    static List<Words.Word> collect() {
        Map<String, Words.Word> words = new LinkedHashMap<>();
        add(words, LatenteScript.class, false);
        for (Class<?> c : CHAIN_CLASSES) add(words, c, true);
        List<Words.Word> sorted = new ArrayList<>(words.values());
        sorted.sort(Comparator.comparing((Words.Word w) -> w.chainMethod()).thenComparing(Words.Word::name));
        return List.copyOf(sorted);
    }

    private static void add(Map<String, Words.Word> words, Class<?> type, boolean chain) {
        for (Field f : type.getFields()) {
            Help h = f.getAnnotation(Help.class);
            if (h != null) words.putIfAbsent(f.getName(), new Words.Word(f.getName(), f.getName(), h.value(), false, chain));
        }
        for (Method m : type.getMethods()) {
            Help h = m.getAnnotation(Help.class);
            if (h == null) continue;
            String name = wordName(m);
            boolean value = isGetter(m);
            String signature = value || h.signature().isEmpty() ? name : h.signature();
            words.putIfAbsent(name, new Words.Word(name, signature, h.value(), !value, chain));
        }
    }

    /** {@code getTime()} is the word {@code time}; other methods are named as written. */
    static String wordName(Method m) {
        String n = m.getName();
        if (!isGetter(m)) return n;
        return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }

    static boolean isGetter(Method m) {
        String n = m.getName();
        return n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3)) && m.getParameterCount() == 0;
    }
}
