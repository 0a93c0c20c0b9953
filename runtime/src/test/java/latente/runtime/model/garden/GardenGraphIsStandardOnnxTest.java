package latente.runtime.model.garden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import latente.runtime.onnx.OnnxChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The garden graph, in each layout, passes the onnx checker and shape inference. */
class GardenGraphIsStandardOnnxTest {
    @Test
    void everyLayoutIsStandardOnnx(@TempDir Path dir) throws Exception {
        ExemplarBank bank = SmallGardens.bank(32, 1);
        for (int factor : new int[] {1, 2}) SmallGardens.write(bank, GardenLayout.of(bank.size(), bank.count(), factor), dir);
        GardenGraph.build(bank, false, "float-garden").write(dir.resolve("float.onnx"));
        assertEquals(3, OnnxChecker.checkAll(dir));
    }
}
