package latente.runtime.osc;

import com.illposed.osc.BufferBytesReceiver;
import com.illposed.osc.OSCBundle;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCMessageInfo;
import com.illposed.osc.OSCPacket;
import com.illposed.osc.OSCSerializeException;
import com.illposed.osc.OSCSerializer;
import com.illposed.osc.OSCSerializerAndParserBuilder;
import com.illposed.osc.argument.OSCColor;
import com.illposed.osc.argument.OSCImpulse;
import com.illposed.osc.argument.OSCMidiMessage;
import com.illposed.osc.argument.OSCSymbol;
import com.illposed.osc.argument.OSCTimeTag64;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes OSC 1.0 packets through JavaOSC's serializer: our messages and bundles are turned into
 * JavaOSC's, argument by argument, in the Java type JavaOSC writes with exactly our type tag (so a
 * message declared {@code ,f} with the number 1 goes out as a float, not an int). Strings are
 * UTF-8. Stateless and thread-safe (a serializer per call; JavaOSC's are not shareable).
 */
public final class OscEncoder {
    private static final Map<String, Object> PROPERTIES = Map.of("charset", StandardCharsets.UTF_8);

    private OscEncoder() {}

    public static byte[] encode(OscPacket packet) {
        // JavaOSC's growable receiver cannot take the read-only buffer its blob handler hands it,
        // so the bytes go into a buffer sized for the packet's worst case.
        BufferBytesReceiver bytes = new BufferBytesReceiver(ByteBuffer.allocate(bound(packet)));
        OSCSerializer serializer = new OSCSerializerAndParserBuilder().setProperties(PROPERTIES).buildSerializer(bytes);
        try {
            serializer.write(toJavaOsc(packet));
        } catch (OSCSerializeException e) {
            throw new IllegalArgumentException("cannot write OSC: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** At least the packet's size: every string at 3 bytes a character (UTF-8), 4 of padding each. */
    private static int bound(OscPacket packet) {
        if (packet instanceof OscBundle b) {
            int n = 16;
            for (OscPacket element : b.elements()) n += 4 + bound(element);
            return n;
        }
        OscMessage m = (OscMessage) packet;
        int n = 3 * m.address().length() + 4 + m.types().length() + 5;
        for (int i = 0; i < m.size(); i++) {
            Object a = m.arg(i);
            n += 8 + (a instanceof byte[] blob ? blob.length + 4 : a instanceof CharSequence text ? 3 * text.length() + 4 : 0);
        }
        return n;
    }

    static OSCPacket toJavaOsc(OscPacket packet) {
        if (packet instanceof OscMessage m) {
            List<Object> args = new ArrayList<>(m.size());
            for (int i = 0; i < m.types().length(); i++) args.add(argument(m.types().charAt(i), m.arg(i)));
            return new OSCMessage(m.address(), args, new OSCMessageInfo(m.types()));
        }
        OscBundle b = (OscBundle) packet;
        List<OSCPacket> elements = new ArrayList<>(b.elements().size());
        for (OscPacket element : b.elements()) elements.add(toJavaOsc(element));
        return new OSCBundle(elements, OSCTimeTag64.valueOf(b.timetag().ntp()));
    }

    /** The JavaOSC value that JavaOSC writes with type tag {@code tag}. */
    private static Object argument(char tag, Object a) {
        return switch (tag) {
            case 'i' -> ((Number) a).intValue();
            case 'f' -> ((Number) a).floatValue();
            case 'h' -> ((Number) a).longValue();
            case 'd' -> ((Number) a).doubleValue();
            case 's' -> a.toString();
            case 'S' -> new OSCSymbol(a.toString());
            case 'b' -> (byte[]) a;
            case 't' -> OSCTimeTag64.valueOf(((OscTimetag) a).ntp());
            case 'c' -> (Character) a;
            case 'r' -> {
                int rgba = ((OscColor) a).rgba();
                yield new OSCColor(rgba >>> 24, (rgba >>> 16) & 0xFF, (rgba >>> 8) & 0xFF, rgba & 0xFF);
            }
            case 'm' -> {
                OscMidi midi = (OscMidi) a;
                yield new OSCMidiMessage((byte) midi.port(), (byte) midi.status(), (byte) midi.data1(), (byte) midi.data2());
            }
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'N' -> null;
            case 'I' -> OSCImpulse.INSTANCE;
            default -> throw new IllegalArgumentException("unknown OSC type tag '" + tag + "'");
        };
    }
}
