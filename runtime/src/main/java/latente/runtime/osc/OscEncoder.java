package latente.runtime.osc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes OSC 1.0 packets (the inverse of {@link OscDecoder}). Stateless and thread-safe. */
public final class OscEncoder {
    private OscEncoder() {}

    public static byte[] encode(OscPacket packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        write(packet, out);
        return out.toByteArray();
    }

    private static void write(OscPacket packet, ByteArrayOutputStream out) {
        if (packet instanceof OscMessage m) {
            message(m, out);
        } else {
            OscBundle b = (OscBundle) packet;
            string("#bundle", out);
            int64(b.timetag().ntp(), out);
            for (OscPacket element : b.elements()) {
                byte[] bytes = encode(element);
                int32(bytes.length, out);
                out.writeBytes(bytes);
            }
        }
    }

    private static void message(OscMessage m, ByteArrayOutputStream out) {
        string(m.address(), out);
        string("," + m.types(), out);
        for (int i = 0; i < m.types().length(); i++) {
            Object a = m.arg(i);
            switch (m.types().charAt(i)) {
                case 'i' -> int32(((Number) a).intValue(), out);
                case 'f' -> int32(Float.floatToRawIntBits(((Number) a).floatValue()), out);
                case 'h' -> int64(((Number) a).longValue(), out);
                case 'd' -> int64(Double.doubleToRawLongBits(((Number) a).doubleValue()), out);
                case 't' -> int64(((OscTimetag) a).ntp(), out);
                case 's', 'S' -> string(a.toString(), out);
                case 'b' -> blob((byte[]) a, out);
                case 'c' -> int32((Character) a, out);
                case 'r' -> int32(((OscColor) a).rgba(), out);
                case 'm' -> {
                    OscMidi midi = (OscMidi) a;
                    out.write(midi.port());
                    out.write(midi.status());
                    out.write(midi.data1());
                    out.write(midi.data2());
                }
                case 'T', 'F', 'N', 'I' -> { }
                default -> throw new IllegalArgumentException("unknown OSC type tag '" + m.types().charAt(i) + "'");
            }
        }
    }

    private static void string(String s, ByteArrayOutputStream out) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(bytes);
        int pad = 4 - (bytes.length & 3);
        for (int i = 0; i < pad; i++) out.write(0);
    }

    private static void blob(byte[] b, ByteArrayOutputStream out) {
        int32(b.length, out);
        out.writeBytes(b);
        for (int i = b.length; (i & 3) != 0; i++) out.write(0);
    }

    private static void int32(int v, ByteArrayOutputStream out) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private static void int64(long v, ByteArrayOutputStream out) {
        int32((int) (v >>> 32), out);
        int32((int) v, out);
    }
}
