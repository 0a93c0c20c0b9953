package latente.runtime.onnx;

import java.util.List;

/** A finished graph (GraphProto): nodes in topological order, initializers, inputs and outputs. */
public record Graph(String name, List<Node> nodes, List<Tensor> initializers, List<ValueInfo> inputs,
                    List<ValueInfo> outputs) {

    byte[] encode() {
        ProtoWriter w = new ProtoWriter();
        for (Node n : nodes) w.bytes(1, n.encode());
        w.string(2, name);
        for (Tensor t : initializers) w.bytes(5, t.encode());
        for (ValueInfo v : inputs) w.bytes(11, v.encode());
        for (ValueInfo v : outputs) w.bytes(12, v.encode());
        return w.toByteArray();
    }

    /** The bytes of all initializers, for size reports. */
    public long initializerBytes() {
        long n = 0;
        for (Tensor t : initializers) n += t.byteSize();
        return n;
    }
}
