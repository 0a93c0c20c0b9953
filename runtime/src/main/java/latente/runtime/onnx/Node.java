package latente.runtime.onnx;

import java.util.List;

/** One operator application (NodeProto). An empty input name means "optional input omitted". */
public record Node(String name, String opType, String domain, List<String> inputs, List<String> outputs,
                   List<Attribute> attributes) {

    byte[] encode() {
        ProtoWriter w = new ProtoWriter();
        for (String i : inputs) w.string(1, i);
        for (String o : outputs) w.string(2, o);
        if (name != null) w.string(3, name);
        w.string(4, opType);
        for (Attribute a : attributes) w.bytes(5, a.encode());
        if (domain != null && !domain.isEmpty()) w.string(7, domain);
        return w.toByteArray();
    }
}
