package latente.runtime.osc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses OSC 1.0 packets (big-endian, 4-byte aligned). Strict where it protects the engine
 * (every length is checked against the packet before it is used, nesting is bounded, unknown
 * type tags are rejected) and lenient where senders differ (a message without a type tag
 * string has no arguments, as the spec allows for old senders).
 *
 * <p>Stateless and thread-safe. Never throws anything but {@link OscFormatException}.
 */
public final class OscDecoder {
    public static final int MAX_DEPTH = 8;
    private static final byte[] BUNDLE = "#bundle\0".getBytes(StandardCharsets.US_ASCII);

    private final byte[] data;
    private int pos;

    private OscDecoder(byte[] data, int pos) {
        this.data = data;
        this.pos = pos;
    }

    public static OscPacket decode(byte[] data) throws OscFormatException {
        return decode(data, 0, data.length);
    }

    public static OscPacket decode(byte[] data, int offset, int length) throws OscFormatException {
        if (length <= 0) throw new OscFormatException(OscError.TRUNCATED, "empty packet");
        if ((length & 3) != 0) throw new OscFormatException(OscError.MALFORMED, "size " + length + " is not a multiple of 4");
        return new OscDecoder(data, offset).packet(offset + length, 0);
    }

    private OscPacket packet(int end, int depth) throws OscFormatException {
        if (isBundle(end)) return bundle(end, depth);
        return message(end);
    }

    private boolean isBundle(int end) {
        if (end - pos < BUNDLE.length) return false;
        return Arrays.equals(data, pos, pos + BUNDLE.length, BUNDLE, 0, BUNDLE.length);
    }

    private OscBundle bundle(int end, int depth) throws OscFormatException {
        if (depth >= MAX_DEPTH) throw new OscFormatException(OscError.TOO_DEEP, "bundles nested more than " + MAX_DEPTH + " deep");
        pos += BUNDLE.length;
        need(8, end, "bundle timetag");
        OscTimetag tag = new OscTimetag(readLong());
        List<OscPacket> elements = new ArrayList<>();
        while (pos < end) {
            need(4, end, "bundle element size");
            int size = readInt();
            if (size <= 0 || (size & 3) != 0) throw new OscFormatException(OscError.MALFORMED, "bundle element size " + size);
            if (size > end - pos) throw new OscFormatException(OscError.TRUNCATED, "bundle element of " + size + " bytes, " + (end - pos) + " left");
            int elementEnd = pos + size;
            elements.add(packet(elementEnd, depth + 1));
            if (pos != elementEnd) throw new OscFormatException(OscError.MALFORMED, "bundle element has " + (elementEnd - pos) + " trailing bytes");
        }
        return new OscBundle(tag, elements);
    }

    private OscMessage message(int end) throws OscFormatException {
        if (data[pos] != '/') throw new OscFormatException(OscError.BAD_ADDRESS, "address does not start with '/'");
        String address = string(end, true);
        if (pos == end) return new OscMessage(address, "", List.of());
        if (data[pos] != ',') throw new OscFormatException(OscError.MALFORMED, "type tags do not start with ','");
        String tags = string(end, false).substring(1);
        Object[] args = new Object[tags.length()];
        for (int i = 0; i < tags.length(); i++) args[i] = argument(tags.charAt(i), end);
        if (pos != end) throw new OscFormatException(OscError.MALFORMED, (end - pos) + " bytes after the last argument");
        return new OscMessage(address, tags, Arrays.asList(args));
    }

    private Object argument(char tag, int end) throws OscFormatException {
        switch (tag) {
            case 'i': need(4, end, "int32"); return readInt();
            case 'f': need(4, end, "float32"); return Float.intBitsToFloat(readInt());
            case 'h': need(8, end, "int64"); return readLong();
            case 'd': need(8, end, "float64"); return Double.longBitsToDouble(readLong());
            case 't': need(8, end, "timetag"); return new OscTimetag(readLong());
            case 's', 'S': return string(end, false);
            case 'b': return blob(end);
            case 'T': return Boolean.TRUE;
            case 'F': return Boolean.FALSE;
            case 'N': return null;
            case 'I': return OscImpulse.BANG;
            case 'c': need(4, end, "char"); return (char) readInt();
            case 'r': need(4, end, "rgba"); return new OscColor(readInt());
            case 'm': {
                need(4, end, "midi");
                OscMidi m = new OscMidi(data[pos], data[pos + 1], data[pos + 2], data[pos + 3]);
                pos += 4;
                return m;
            }
            default:
                throw new OscFormatException(OscError.UNKNOWN_TYPE, "type tag '" + printable(tag) + "'");
        }
    }

    private byte[] blob(int end) throws OscFormatException {
        need(4, end, "blob size");
        int size = readInt();
        if (size < 0) throw new OscFormatException(OscError.MALFORMED, "negative blob size");
        int padded = (size + 3) & ~3;
        if (padded < 0 || padded > end - pos) throw new OscFormatException(OscError.TRUNCATED, "blob of " + size + " bytes, " + (end - pos) + " left");
        byte[] b = Arrays.copyOfRange(data, pos, pos + size);
        pos += padded;
        return b;
    }

    /** Reads a NUL-terminated string padded to 4 bytes. */
    private String string(int end, boolean address) throws OscFormatException {
        int start = pos;
        int nul = start;
        while (nul < end && data[nul] != 0) {
            if (address && (data[nul] < 0x21 || data[nul] > 0x7E)) {
                throw new OscFormatException(OscError.BAD_ADDRESS, "character " + (data[nul] & 0xFF) + " in the address");
            }
            nul++;
        }
        if (nul >= end) throw new OscFormatException(OscError.TRUNCATED, "string without its terminating NUL");
        int next = (nul + 4 - start) / 4 * 4 + start;
        if (next > end) throw new OscFormatException(OscError.TRUNCATED, "string padding past the end");
        for (int i = nul + 1; i < next; i++) {
            if (data[i] != 0) throw new OscFormatException(OscError.MALFORMED, "string padding is not NUL");
        }
        pos = next;
        return new String(data, start, nul - start, address ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8);
    }

    private void need(int bytes, int end, String what) throws OscFormatException {
        if (end - pos < bytes) throw new OscFormatException(OscError.TRUNCATED, what + " past the end of the packet");
    }

    private int readInt() {
        int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8) | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    private long readLong() {
        long hi = readInt() & 0xFFFF_FFFFL;
        long lo = readInt() & 0xFFFF_FFFFL;
        return (hi << 32) | lo;
    }

    private static String printable(char c) {
        return c >= 0x21 && c <= 0x7E ? String.valueOf(c) : String.format("\\x%02x", (int) c);
    }
}
