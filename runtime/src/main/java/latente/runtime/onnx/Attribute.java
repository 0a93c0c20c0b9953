package latente.runtime.onnx;

/**
 * A node attribute (AttributeProto). Factories cover the kinds ONNX operators use: float, int,
 * string, tensor, graph (for If/Loop bodies), floats, ints and strings.
 */
public final class Attribute {
    // AttributeProto.AttributeType codes.
    private static final int FLOAT = 1, INT = 2, STRING = 3, TENSOR = 4, GRAPH = 5, FLOATS = 6, INTS = 7, STRINGS = 8;

    public final String name;
    private final int type;
    private final Object value;

    private Attribute(String name, int type, Object value) {
        this.name = name;
        this.type = type;
        this.value = value;
    }

    public static Attribute of(String name, float v) {
        return new Attribute(name, FLOAT, v);
    }

    public static Attribute of(String name, long v) {
        return new Attribute(name, INT, v);
    }

    public static Attribute of(String name, String v) {
        return new Attribute(name, STRING, v);
    }

    public static Attribute of(String name, Tensor v) {
        return new Attribute(name, TENSOR, v);
    }

    public static Attribute of(String name, Graph v) {
        return new Attribute(name, GRAPH, v);
    }

    public static Attribute floats(String name, float... v) {
        return new Attribute(name, FLOATS, v.clone());
    }

    public static Attribute ints(String name, long... v) {
        return new Attribute(name, INTS, v.clone());
    }

    public static Attribute strings(String name, String... v) {
        return new Attribute(name, STRINGS, v.clone());
    }

    byte[] encode() {
        ProtoWriter w = new ProtoWriter().string(1, name);
        switch (type) {
            case FLOAT -> w.float32(2, (Float) value);
            case INT -> w.int64(3, (Long) value);
            case STRING -> w.string(4, (String) value);
            case TENSOR -> w.bytes(5, ((Tensor) value).encode());
            case GRAPH -> w.bytes(6, ((Graph) value).encode());
            case FLOATS -> w.packedFloat(7, (float[]) value);
            case INTS -> w.packedInt64(8, (long[]) value);
            case STRINGS -> {
                for (String s : (String[]) value) w.string(9, s);
            }
            default -> throw new IllegalStateException("attribute type " + type);
        }
        w.int64(20, type);
        return w.toByteArray();
    }
}
