package latente.render.glsl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds the loops of GLSL a performer writes ({@code setFunction}). One draw call cannot be
 * interrupted once the driver runs it, so a loop whose count is not a small constant can hold
 * the render thread for seconds and freeze the show. Accepted: {@code for} loops whose counter
 * starts and ends at number literals and steps by a constant, are not changed in their body, run
 * at most {@link #MAX_PER_LOOP} times, and, nested, at most {@link #MAX_TOTAL} times in all.
 * Refused: {@code while}, {@code do}, preprocessor lines (a {@code #define} could hide a loop).
 * Comments are ignored, as the driver ignores them.
 */
public final class LoopBounds {
    /** Most iterations of one loop. */
    public static final int MAX_PER_LOOP = 64;
    /** Most iterations of all loops of one function together (nested loops multiply). */
    public static final int MAX_TOTAL = 256;

    private static final String NUM = "(-?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?)";
    private static final Pattern HEADER = Pattern.compile(
            "for\\s*\\(\\s*(?:int|float)?\\s*([A-Za-z_]\\w*)\\s*=\\s*" + NUM + "\\s*;\\s*\\1\\s*(<=|<|>=|>|!=)\\s*" + NUM
                    + "\\s*;\\s*(?:\\1\\s*(\\+\\+|--)|(\\+\\+|--)\\s*\\1|\\1\\s*(\\+=|-=)\\s*" + NUM + ")\\s*\\)");
    private static final Pattern FOR = Pattern.compile("\\bfor\\s*\\(");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(while|do)\\b|^\\s*#", Pattern.MULTILINE);

    private LoopBounds() {}

    /** One loop: where its header starts, where its body ends, and how often it runs. */
    private record Loop(int start, int bodyStart, int end, long count) {}

    /**
     * Checks {@code glsl}; returns null when every loop is bounded, else why not (for a message
     * that starts with the function's name).
     */
    public static String problem(String glsl) {
        String code = withoutComments(glsl);
        Matcher bad = FORBIDDEN.matcher(code);
        if (bad.find()) {
            return bad.group(1) == null
                    ? "preprocessor lines (#...) are not allowed in a function body"
                    : bad.group(1) + " loops are not allowed: one slow frame freezes the show. Use a for loop with a constant count, "
                            + "e.g. for (int i = 0; i < 8; i++), at most " + MAX_PER_LOOP + " times";
        }
        List<Loop> loops = new ArrayList<>();
        Matcher f = FOR.matcher(code);
        while (f.find()) {
            Matcher h = HEADER.matcher(code);
            h.region(f.start(), code.length());
            if (!h.lookingAt()) {
                return "loop '" + headerText(code, f.start()) + "' must count with a constant, e.g. for (int i = 0; i < 8; i++): "
                        + "a loop whose count is not a small constant can freeze the show";
            }
            long count = count(h);
            if (count < 0) return "loop '" + headerText(code, f.start()) + "' never ends";
            if (count > MAX_PER_LOOP) {
                return "loop '" + headerText(code, f.start()) + "' runs " + count + " times; at most " + MAX_PER_LOOP
                        + " per loop keep a frame affordable";
            }
            int end = bodyEnd(code, h.end());
            String counter = h.group(1);
            if (Pattern.compile("(\\b" + counter + "\\s*([-+*/]?=(?!=)|\\+\\+|--))|((\\+\\+|--)\\s*" + counter + "\\b)")
                    .matcher(code.substring(h.end(), end)).find()) {
                return "loop '" + headerText(code, f.start()) + "' changes its counter " + counter + " in its body";
            }
            loops.add(new Loop(f.start(), h.end(), end, count));
        }
        long total = cost(loops, 0, code.length());
        if (total > MAX_TOTAL) {
            return "its loops run " + total + " times together (nested loops multiply); at most " + MAX_TOTAL + " keep a frame affordable";
        }
        return null;
    }

    /** Iterations of the loops directly inside [from, to), each times what runs inside it. */
    private static long cost(List<Loop> loops, int from, int to) {
        long sum = 0;
        int covered = from;
        for (Loop l : loops) {
            if (l.start < covered || l.start >= to) continue;
            sum += l.count * Math.max(1, cost(loops, l.bodyStart, l.end));
            covered = l.end;
        }
        return sum;
    }

    /** How often the loop runs; -1 when it would not end. */
    private static long count(Matcher h) {
        double start = Double.parseDouble(h.group(2));
        String op = h.group(3);
        double end = Double.parseDouble(h.group(4));
        double step;
        if (h.group(5) != null || h.group(6) != null) step = "++".equals(h.group(5) != null ? h.group(5) : h.group(6)) ? 1 : -1;
        else step = ("+=".equals(h.group(7)) ? 1 : -1) * Double.parseDouble(h.group(8));
        boolean up = op.startsWith("<") || (op.equals("!=") && end > start);
        if (step == 0 || (up && step < 0) || (!up && step > 0)) return start == end && !op.contains("=") ? 0 : -1;
        if (op.equals("!=") && (end - start) % step != 0) return -1;
        double span = Math.abs(end - start) / Math.abs(step);
        long n = (long) Math.ceil(span);
        if (op.endsWith("=") && !op.equals("!=") && span == Math.floor(span)) n++;
        boolean runsAtAll = switch (op) {
            case "<" -> start < end;
            case "<=" -> start <= end;
            case ">" -> start > end;
            case ">=" -> start >= end;
            default -> start != end;
        };
        return runsAtAll ? n : 0;
    }

    /** The end of a loop's body that starts at {@code from}: a braced block or one statement. */
    private static int bodyEnd(String code, int from) {
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) i++;
        if (i < code.length() && code.charAt(i) == '{') {
            int depth = 0;
            for (; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return i + 1;
            }
            return code.length();
        }
        Matcher inner = FOR.matcher(code);
        if (inner.find(i) && inner.start() == i) {
            Matcher h = HEADER.matcher(code);
            h.region(i, code.length());
            if (h.lookingAt()) return bodyEnd(code, h.end());
        }
        int semicolon = code.indexOf(';', i);
        return semicolon < 0 ? code.length() : semicolon + 1;
    }

    private static String headerText(String code, int start) {
        int open = code.indexOf('(', start);
        int depth = 0;
        int end = code.length();
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) {
                end = i + 1;
                break;
            }
        }
        return code.substring(start, Math.min(end, start + 80)).replaceAll("\\s+", " ").strip();
    }

    private static String withoutComments(String glsl) {
        return glsl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }
}
