package latente.cli.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Models;
import latente.runtime.model.OrtSessions;
import latente.runtime.model.garden.GardenCache;

/** {@code latente model info MODEL}: what a model file takes, gives and holds. */
public final class ModelInfoCommand implements Subcommand {
    @Override
    public String name() {
        return "model info";
    }

    @Override
    public String summary() {
        return "print a model's inputs, outputs, families, size and quantization";
    }

    @Override
    public String usage() {
        return String.join("\n",
                "usage: latente model info MODEL [--size N]",
                "  MODEL     builtin:garden or a .onnx file",
                "  --size N  size of builtin:garden to describe (default 256); a built model has its own");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("size"), Set.of());
        if (o.positional().size() != 1) throw new UsageException("expected one model, got " + o.positional().size());
        String spec = o.positional().get(0);
        try {
            Path file = spec.startsWith("builtin:") ? GardenCache.builtin(o.integer("size", GardenCache.DEFAULT_SIZE), err) : Path.of(spec);
            ModelOptions quiet = new ModelOptions(1, false, s -> { });
            try (OrtSession s = OrtSessions.open(file, quiet, false)) {
                String built = s.getMetadata().getCustomMetadata().get("latente.size");
                if (o.has("size") && built != null && !built.equals(String.valueOf(o.integer("size", 0)))) {
                    throw new ModelException(Models.wrongSize(spec, Integer.parseInt(built), o.integer("size", 0)));
                }
                describe(spec, file, s, out);
            }
            return 0;
        } catch (ModelException e) {
            err.println("latente model info: " + e.getMessage());
            return 1;
        }
    }

    /** "name  float [1, 3, 256, 256]", with '?' for dimensions the model leaves open. */
    static String tensor(NodeInfo i) {
        if (!(i.getInfo() instanceof TensorInfo t)) return i.getName() + "  " + i.getInfo();
        StringBuilder dims = new StringBuilder("[");
        long[] shape = t.getShape();
        for (int d = 0; d < shape.length; d++) dims.append(d > 0 ? ", " : "").append(shape[d] < 0 ? "?" : Long.toString(shape[d]));
        String type = t.onnxType.name().replace("ONNX_TENSOR_ELEMENT_DATA_TYPE_", "").toLowerCase(java.util.Locale.ROOT);
        return String.format("%-10s %-8s %s]", i.getName(), type, dims);
    }

    private static void describe(String spec, Path file, OrtSession s, PrintStream out) throws OrtException, java.io.IOException {
        Map<String, String> meta = new TreeMap<>(s.getMetadata().getCustomMetadata());
        out.println("model         " + spec + (spec.equals(file.toString()) ? "" : " (" + file + ")"));
        out.printf("file size     %.2f MB%n", Files.size(file) / 1e6);
        out.println("kind          " + meta.getOrDefault("latente.kind", "unknown (not made by Latente)"));
        if (meta.containsKey("latente.size")) out.println("size          " + meta.get("latente.size") + "x" + meta.get("latente.size"));
        if (meta.containsKey("latente.families")) out.println("families      " + meta.get("latente.families").replace(",", ", "));
        if (meta.containsKey("latente.exemplars")) {
            out.println("exemplars     " + meta.get("latente.exemplars") + " (" + meta.get("latente.candidates")
                    + " candidates per cell on a " + meta.get("latente.grid") + " grid)");
        }
        out.println("quantization  " + meta.getOrDefault("latente.quantization", "unknown"));
        out.println("inputs");
        for (NodeInfo i : s.getInputInfo().values()) out.println("  " + tensor(i));
        out.println("outputs");
        for (NodeInfo i : s.getOutputInfo().values()) out.println("  " + tensor(i));
        if (meta.containsKey("latente.format")) out.println("format        " + meta.get("latente.format"));
    }
}
