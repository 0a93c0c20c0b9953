package latente.runtime.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A constant tensor (an initializer, or the value of a Constant node's attribute), stored as
 * TensorProto.raw_data: little-endian element bytes, row-major, as ONNX specifies.
 */
public final class Tensor {
    public final String name;
    public final DataType type;
    public final long[] dims;
    private final byte[] raw;

    public Tensor(String name, DataType type, long[] dims, byte[] raw) {
        long count = 1;
        for (long d : dims) count *= d;
        if (count * type.bytes != raw.length) {
            throw new IllegalArgumentException("tensor " + name + ": " + raw.length + " bytes for shape "
                    + Arrays.toString(dims) + " of " + type);
        }
        this.name = name;
        this.type = type;
        this.dims = dims.clone();
        this.raw = raw;
    }

    public static Tensor floats(String name, long[] dims, float... values) {
        ByteBuffer b = little(values.length * 4);
        for (float v : values) b.putFloat(v);
        return new Tensor(name, DataType.FLOAT, dims, b.array());
    }

    public static Tensor int64s(String name, long[] dims, long... values) {
        ByteBuffer b = little(values.length * 8);
        for (long v : values) b.putLong(v);
        return new Tensor(name, DataType.INT64, dims, b.array());
    }

    public static Tensor int32s(String name, long[] dims, int... values) {
        ByteBuffer b = little(values.length * 4);
        for (int v : values) b.putInt(v);
        return new Tensor(name, DataType.INT32, dims, b.array());
    }

    public static Tensor int8s(String name, long[] dims, byte... values) {
        return new Tensor(name, DataType.INT8, dims, values.clone());
    }

    /** float16 from float values (round to nearest even), for fp16 model fixtures. */
    public static Tensor halfs(String name, long[] dims, float... values) {
        ByteBuffer b = little(values.length * 2);
        for (float v : values) b.putShort(Half.fromFloat(v));
        return new Tensor(name, DataType.FLOAT16, dims, b.array());
    }

    /** A scalar float (rank 0). */
    public static Tensor scalar(String name, float value) {
        return floats(name, new long[0], value);
    }

    public Tensor renamed(String newName) {
        return new Tensor(newName, type, dims, raw);
    }

    public long byteSize() {
        return raw.length;
    }

    byte[] encode() {
        ProtoWriter w = new ProtoWriter();
        if (dims.length > 0) w.packedInt64(1, dims);
        w.int64(2, type.code);
        if (name != null) w.string(8, name);
        w.bytes(9, raw);
        return w.toByteArray();
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
