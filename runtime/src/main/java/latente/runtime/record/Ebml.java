package latente.runtime.record;

import java.io.ByteArrayOutputStream;

/**
 * EBML, Matroska's binary encoding: elements are an id, a variable-length size and a body. The
 * builder makes the few header elements once; the static put methods encode a frame's element
 * heads into a reused array (no allocation per frame).
 */
final class Ebml {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final byte[] scratch = new byte[16];

    Ebml id(int id) {
        int n = putId(scratch, 0, id);
        bytes.write(scratch, 0, n);
        return this;
    }

    /** The 8-byte "unknown size" of a streamed master element. */
    Ebml unknownSize() {
        bytes.write(0x01);
        for (int i = 0; i < 7; i++) bytes.write(0xFF);
        return this;
    }

    Ebml uint(int id, long value) {
        int n = putUint(scratch, 0, id, value);
        bytes.write(scratch, 0, n);
        return this;
    }

    Ebml string(int id, String value) {
        return bytes(id, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Ebml bytes(int id, byte[] body) {
        id(id);
        int n = putSize(scratch, 0, body.length);
        bytes.write(scratch, 0, n);
        bytes.writeBytes(body);
        return this;
    }

    Ebml child(int id, Ebml body) {
        return bytes(id, body.toByteArray());
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    /** Writes an element id (its marker bits are part of the id); returns the next index. */
    static int putId(byte[] b, int at, int id) {
        int len = id >= 0x1000000 ? 4 : id >= 0x10000 ? 3 : id >= 0x100 ? 2 : 1;
        for (int i = len - 1; i >= 0; i--) b[at++] = (byte) (id >>> (8 * i));
        return at;
    }

    /** Bytes a size needs (at most 8; 2^(7n)-1 is reserved for "unknown"). */
    static int sizeLength(long size) {
        int len = 1;
        while (size >= (1L << (7 * len)) - 1) len++;
        return len;
    }

    static int putSize(byte[] b, int at, long size) {
        int len = sizeLength(size);
        long v = size | (1L << (7 * len));
        for (int i = len - 1; i >= 0; i--) b[at++] = (byte) (v >>> (8 * i));
        return at;
    }

    /** Bytes an unsigned integer body needs (at least 1). */
    static int uintLength(long value) {
        int len = 1;
        while (len < 8 && (value >>> (8 * len)) != 0) len++;
        return len;
    }

    static int putUint(byte[] b, int at, int id, long value) {
        at = putId(b, at, id);
        int len = uintLength(value);
        at = putSize(b, at, len);
        for (int i = len - 1; i >= 0; i--) b[at++] = (byte) (value >>> (8 * i));
        return at;
    }
}
