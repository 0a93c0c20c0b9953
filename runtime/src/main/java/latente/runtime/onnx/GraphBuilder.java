package latente.runtime.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Graph} fluently. Value names are strings; {@link #op} returns the name of the
 * value it produces (auto-named "opType_N" unless given), so graphs read like expressions:
 *
 * <pre>{@code
 * GraphBuilder g = new GraphBuilder("affine");
 * String x = g.input("x", DataType.FLOAT, "batch", 4);
 * String w = g.constant(Tensor.floats("w", new long[]{4, 2}, ...));
 * g.output(g.op("Add", g.op("MatMul", x, w), g.floats(1f, 2f)), "y", DataType.FLOAT, "batch", 2);
 * }</pre>
 *
 * Nodes must be added in topological order (each input defined before use), which is what
 * writing the graph as expressions gives naturally.
 */
public final class GraphBuilder {
    private final String name;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Tensor> initializers = new ArrayList<>();
    private final List<ValueInfo> inputs = new ArrayList<>();
    private final List<ValueInfo> outputs = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final String prefix;
    private int counter;

    public GraphBuilder(String name) {
        this(name, "");
    }

    private GraphBuilder(String name, String prefix) {
        this.name = name;
        this.prefix = prefix;
    }

    /**
     * A builder for a subgraph (an If/Loop body) whose auto-generated names cannot clash with
     * this graph's: ONNX wants every value name unique across a graph and its subgraphs.
     * Subgraphs may read this graph's values by name.
     */
    public GraphBuilder subgraph(String subName) {
        return new GraphBuilder(subName, prefix + subName + ".");
    }

    /** Declares a graph input; dims are sizes (numbers) or symbolic names (strings). */
    public String input(String inputName, DataType type, Object... shape) {
        claim(inputName);
        inputs.add(ValueInfo.of(inputName, type, shape));
        return inputName;
    }

    /** Declares {@code value} as a graph output called {@code outputName} (adds an Identity if the names differ). */
    public String output(String value, String outputName, DataType type, Object... shape) {
        if (!value.equals(outputName)) {
            claim(outputName);
            nodes.add(new Node(outputName + "_identity", "Identity", null, List.of(value), List.of(outputName), List.of()));
        }
        outputs.add(ValueInfo.of(outputName, type, shape));
        return outputName;
    }

    /** Adds an initializer; a tensor with a null name gets a fresh one. Returns its name. */
    public String constant(Tensor t) {
        Tensor named = t.name == null ? t.renamed(fresh("const")) : t;
        claim(named.name);
        initializers.add(named);
        return named.name;
    }

    /** A 1-D float constant. */
    public String floats(float... values) {
        return constant(Tensor.floats(null, new long[] {values.length}, values));
    }

    /** A float scalar constant (rank 0), for broadcasting arithmetic. */
    public String scalar(float value) {
        return constant(Tensor.scalar(null, value));
    }

    /** A 1-D int64 constant, the usual type of shapes, axes and indices. */
    public String int64s(long... values) {
        return constant(Tensor.int64s(null, new long[] {values.length}, values));
    }

    /** Adds {@code DequantizeLinear(q, scale, zeroPoint)} over an int8 initializer (per-tensor). */
    public String dequantize(Tensor q, float scale, byte zeroPoint) {
        String qName = constant(q);
        String s = constant(Tensor.scalar(null, scale));
        String z = constant(Tensor.int8s(null, new long[0], zeroPoint));
        return op("DequantizeLinear", qName, s, z);
    }

    /** One node with one output, auto-named. */
    public String op(String opType, String... in) {
        return op(opType, Arrays.asList(in));
    }

    /** One node with one output, auto-named, with attributes. */
    public String op(String opType, List<String> in, Attribute... attributes) {
        return ops(opType, 1, in, attributes).get(0);
    }

    /** One node with {@code count} outputs, auto-named (e.g. TopK's values and indices). */
    public List<String> ops(String opType, int count, List<String> in, Attribute... attributes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(fresh(opType));
        node(opType, in, out, attributes);
        return out;
    }

    /** One node with explicitly named outputs. */
    public GraphBuilder node(String opType, List<String> in, List<String> out, Attribute... attributes) {
        return node(opType, null, in, out, attributes);
    }

    /** One node of an operator in another domain (e.g. "com.microsoft"). */
    public GraphBuilder node(String opType, String domain, List<String> in, List<String> out, Attribute... attributes) {
        for (String o : out) {
            if (!names.contains(o)) claim(o);
        }
        nodes.add(new Node(fresh("node"), opType, domain, List.copyOf(in), List.copyOf(out), List.of(attributes)));
        return this;
    }

    public Graph build() {
        return new Graph(name, List.copyOf(nodes), List.copyOf(initializers), List.copyOf(inputs), List.copyOf(outputs));
    }

    private String fresh(String stem) {
        String n;
        do {
            n = prefix + stem + "_" + counter++;
        } while (names.contains(n));
        return n;
    }

    private void claim(String value) {
        if (!names.add(value)) throw new IllegalArgumentException("value name used twice: " + value);
    }
}
