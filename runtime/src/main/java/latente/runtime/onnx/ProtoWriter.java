package latente.runtime.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The protobuf wire format, just the parts ONNX needs: varints, 32-bit floats, length-delimited
 * bytes, strings and nested messages. Fields are written in the order they are called; a parser
 * accepts any order, so callers write them in field-number order only for readability.
 */
final class ProtoWriter {
    private static final int VARINT = 0;
    private static final int FIXED32 = 5;
    private static final int LENGTH_DELIMITED = 2;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** An int64/int32/enum field; negative values take ten bytes, as protobuf requires. */
    ProtoWriter int64(int field, long value) {
        tag(field, VARINT);
        varint(value);
        return this;
    }

    ProtoWriter float32(int field, float value) {
        tag(field, FIXED32);
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) out.write((bits >>> (8 * i)) & 0xff);
        return this;
    }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A nested message: encoded separately, then written as length-delimited bytes. */
    ProtoWriter message(int field, ProtoWriter message) {
        return bytes(field, message.toByteArray());
    }

    /** A packed repeated int64 field (proto3's default encoding for repeated scalars). */
    ProtoWriter packedInt64(int field, long[] values) {
        ProtoWriter packed = new ProtoWriter();
        for (long v : values) packed.varint(v);
        return bytes(field, packed.toByteArray());
    }

    /** A packed repeated float field. */
    ProtoWriter packedFloat(int field, float[] values) {
        ProtoWriter packed = new ProtoWriter();
        for (float v : values) {
            int bits = Float.floatToRawIntBits(v);
            for (int i = 0; i < 4; i++) packed.out.write((bits >>> (8 * i)) & 0xff);
        }
        return bytes(field, packed.toByteArray());
    }

    private void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    private void varint(long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }
}
