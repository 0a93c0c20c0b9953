package latente.runtime.osc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An OSC message: an address (or address pattern), type tags without the leading comma, and
 * one Java value per tag: i Integer, f Float, s/S String, b byte[], h Long, d Double,
 * t {@link OscTimetag}, T/F Boolean, N null, I {@link OscImpulse}, c Character,
 * r {@link OscColor}, m {@link OscMidi}.
 */
public record OscMessage(String address, String types, List<Object> args) implements OscPacket {
    public static final String TYPES = "ifsSbhdtTFNIcrm";

    public OscMessage {
        if (types.length() != args.size()) {
            throw new IllegalArgumentException("type tags '" + types + "' do not match " + args.size() + " arguments");
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /**
     * A message whose tags are inferred from the Java types: Integer/Short/Byte i, Long and
     * BigInteger h, every other Number f (Float, Double, Groovy's BigDecimal: most receivers
     * expect 32-bit floats), CharSequence s, byte[] b, Boolean T/F, null N, Character c, and the
     * OSC value records. Build the message with explicit tags to send a {@code d}.
     */
    public static OscMessage of(String address, Object... args) {
        StringBuilder types = new StringBuilder(args.length);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            char t = tagOf(a);
            types.append(t);
            values[i] = switch (t) {
                case 'i' -> ((Number) a).intValue();
                case 'h' -> ((Number) a).longValue();
                case 'f' -> ((Number) a).floatValue();
                case 's' -> a.toString();
                default -> a;
            };
        }
        return new OscMessage(address, types.toString(), Arrays.asList(values));
    }

    static char tagOf(Object a) {
        if (a == null) return 'N';
        if (a instanceof Integer || a instanceof Short || a instanceof Byte) return 'i';
        if (a instanceof Long || a instanceof java.math.BigInteger) return 'h';
        if (a instanceof Number) return 'f';
        if (a instanceof CharSequence) return 's';
        if (a instanceof byte[]) return 'b';
        if (a instanceof Boolean b) return b ? 'T' : 'F';
        if (a instanceof Character) return 'c';
        if (a instanceof OscTimetag) return 't';
        if (a instanceof OscColor) return 'r';
        if (a instanceof OscMidi) return 'm';
        if (a instanceof OscImpulse) return 'I';
        throw new IllegalArgumentException("cannot send a " + a.getClass().getSimpleName() + " over OSC: " + a);
    }

    public Object arg(int i) {
        return args.get(i);
    }

    public int size() {
        return args.size();
    }

    /** True when argument {@code i} exists and has a numeric reading (i f d h T F). */
    public boolean isNumber(int i) {
        return i < types.length() && "ifdhTF".indexOf(types.charAt(i)) >= 0;
    }

    /** Argument {@code i} as a number (T is 1, F is 0), or {@code fallback} when it has none. */
    public double number(int i, double fallback) {
        if (!isNumber(i)) return fallback;
        Object a = args.get(i);
        return a instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) a).doubleValue();
    }

    /** Argument {@code i} as text, or {@code fallback} when it is not a string or symbol. */
    public String string(int i, String fallback) {
        return i < types.length() && (types.charAt(i) == 's' || types.charAt(i) == 'S') ? (String) args.get(i) : fallback;
    }

    /** One line for monitors and logs: {@code /fader/1 ,fs 0.5 "hi"}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(address).append(" ,").append(types);
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            sb.append(' ');
            switch (types.charAt(i)) {
                case 's', 'S' -> sb.append('"').append(a).append('"');
                case 'b' -> sb.append("blob[").append(((byte[]) a).length).append(']');
                case 'c' -> sb.append('\'').append(a).append('\'');
                case 'N' -> sb.append("nil");
                case 'T' -> sb.append("true");
                case 'F' -> sb.append("false");
                default -> sb.append(a);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
