package latente.runtime.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ONNX model (ModelProto): one graph, the default-domain opset it targets, producer
 * strings and metadata_props (string key/value pairs that ONNX Runtime exposes as custom
 * metadata; Latente keeps model facts such as families and format version there).
 *
 * <p>IR version 8 with opset 17 is what ONNX Runtime 1.23 and every SD export we target accept.
 */
public final class Model {
    public static final long IR_VERSION = 8;
    public static final long DEFAULT_OPSET = 17;

    private final Graph graph;
    private final long opset;
    private final Map<String, Long> extraOpsets = new LinkedHashMap<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    public Model(Graph graph) {
        this(graph, DEFAULT_OPSET);
    }

    public Model(Graph graph, long opset) {
        this.graph = graph;
        this.opset = opset;
    }

    public Model metadata(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    /** Imports another operator domain, e.g. "com.microsoft" for contrib operators. */
    public Model opset(String domain, long version) {
        extraOpsets.put(domain, version);
        return this;
    }

    public Graph graph() {
        return graph;
    }

    public byte[] toBytes() {
        ProtoWriter w = new ProtoWriter().int64(1, IR_VERSION);
        w.string(2, "latente").string(3, "0.1.0");
        w.bytes(7, graph.encode());
        w.message(8, new ProtoWriter().string(1, "").int64(2, opset));
        for (Map.Entry<String, Long> e : extraOpsets.entrySet()) {
            w.message(8, new ProtoWriter().string(1, e.getKey()).int64(2, e.getValue()));
        }
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            w.message(14, new ProtoWriter().string(1, e.getKey()).string(2, e.getValue()));
        }
        return w.toByteArray();
    }

    /** Writes the model atomically (temp file, then rename), so a crash never leaves half a file. */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            Files.write(tmp, toBytes());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
