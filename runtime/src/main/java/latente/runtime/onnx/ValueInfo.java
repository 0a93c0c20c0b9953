package latente.runtime.onnx;

/**
 * A graph input or output: a name, an element type and a shape whose dimensions are either
 * fixed sizes ({@link Long} or {@link Integer}) or symbolic names ({@link String}, e.g. "batch").
 * A null shape means "rank unknown".
 */
public record ValueInfo(String name, DataType type, Object[] shape) {

    public static ValueInfo of(String name, DataType type, Object... shape) {
        for (Object d : shape) {
            if (!(d instanceof Number) && !(d instanceof String)) {
                throw new IllegalArgumentException(name + ": a dimension must be a number or a name, got " + d);
            }
        }
        return new ValueInfo(name, type, shape);
    }

    byte[] encode() {
        ProtoWriter tensorType = new ProtoWriter().int64(1, type.code);
        if (shape != null) {
            ProtoWriter shapeProto = new ProtoWriter();
            for (Object d : shape) {
                ProtoWriter dim = new ProtoWriter();
                if (d instanceof String s) dim.string(2, s);
                else dim.int64(1, ((Number) d).longValue());
                shapeProto.message(1, dim);
            }
            tensorType.message(2, shapeProto);
        }
        ProtoWriter typeProto = new ProtoWriter().message(1, tensorType);
        return new ProtoWriter().string(1, name).message(2, typeProto).toByteArray();
    }
}
