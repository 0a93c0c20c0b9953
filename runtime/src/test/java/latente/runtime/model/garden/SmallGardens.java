package latente.runtime.model.garden;

import java.io.IOException;
import java.nio.file.Path;
import latente.runtime.model.ModelException;
import latente.runtime.model.ModelOptions;
import latente.runtime.model.Progress;

/** Small garden models for tests: tiny banks so every test runs in well under a second. */
final class SmallGardens {
    static final ModelOptions QUIET = new ModelOptions(2, false, s -> { });

    private SmallGardens() {}

    static ExemplarBank bank(int size, int perFamily) {
        return ExemplarBank.procedural(size, perFamily, Progress.NONE);
    }

    static Path write(ExemplarBank bank, GardenLayout layout, Path dir) throws IOException {
        Path file = dir.resolve("garden-" + bank.size() + "-" + layout.factor() + ".onnx");
        GardenGraph.build(bank, true, "test-garden", layout).write(file);
        return file;
    }

    static GardenModel open(ExemplarBank bank, int factor, Path dir) throws IOException, ModelException {
        GardenLayout layout = GardenLayout.of(bank.size(), bank.count(), factor);
        return GardenModel.open(write(bank, layout, dir), "test-garden", QUIET);
    }

}
