package latente.runtime.model.sd;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.GraphBuilder;
import latente.runtime.onnx.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each broken directory fails at open with a message naming the file and, where it applies, the tensor. */
class SdBadInputTest {
    @TempDir
    Path dir;

    private Path turbo() throws Exception {
        return SdFixtures.turbo(dir.resolve("m"), Precision.FP32, DataType.INT64, false);
    }

    private String failure(Path root) {
        SdModelException e = assertThrows(SdModelException.class, () -> SdPipeline.open(root, SdPipelineTest.QUIET).close());
        return e.getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "'" + message + "' should mention " + p);
    }

    @Test
    void missingDirectory() {
        assertMentions(failure(dir.resolve("nowhere")), "nowhere", "no such directory");
    }

    @Test
    void missingSubModelOrTokenizerFile() throws Exception {
        Path root = turbo();
        Files.delete(root.resolve("unet/model.onnx"));
        assertMentions(failure(root), "unet/model.onnx", "missing");
        SdFixtures.writeUnet(root.resolve("unet/model.onnx"), Precision.FP32, 32, DataType.INT64, false, 0, 0, 1);
        Files.delete(root.resolve("tokenizer/merges.txt"));
        assertMentions(failure(root), "tokenizer/merges.txt");
    }

    @Test
    void corruptOnnx() throws Exception {
        Path root = turbo();
        Files.write(root.resolve("vae_decoder/model.onnx"), new byte[] {0x08, 0x07, 0x12, 0x7f, 1, 2, 3});
        assertMentions(failure(root), "vae_decoder/model.onnx", "not a loadable ONNX model");
        Files.writeString(root.resolve("text_encoder/model.onnx"), "this is not protobuf");
        assertMentions(failure(root), "text_encoder/model.onnx");
    }

    @Test
    void wrongInputName() throws Exception {
        Path root = turbo();
        GraphBuilder g = new GraphBuilder("unet");
        g.input("latents", DataType.FLOAT, 1, 4, "h", "w");
        g.input("timestep", DataType.INT64, 1);
        g.input("encoder_hidden_states", DataType.FLOAT, 1, 77, 32);
        g.output("latents", "out_sample", DataType.FLOAT, 1, 4, "h", "w");
        new Model(g.build()).write(root.resolve("unet/model.onnx"));
        assertMentions(failure(root), "unet/model.onnx", "'sample'", "latents");
    }

    @Test
    void wrongHiddenWidth() throws Exception {
        Path root = turbo();
        SdFixtures.writeUnet(root.resolve("unet/model.onnx"), Precision.FP32, 48, DataType.INT64, false, 0, 0, 1);
        // the fixture declares the width symbolically except the last axis: 48 against the text encoder's 32
        assertMentions(failure(root), "unet/model.onnx", "encoder_hidden_states", "48", "32");
    }

    @Test
    void wrongRankAndTimestepType() throws Exception {
        Path root = turbo();
        GraphBuilder g = new GraphBuilder("unet");
        String s = g.input("sample", DataType.FLOAT, 4, 8, 8);
        g.input("timestep", DataType.INT64, 1);
        g.input("encoder_hidden_states", DataType.FLOAT, 1, 77, 32);
        g.output(s, "out_sample", DataType.FLOAT, 4, 8, 8);
        new Model(g.build()).write(root.resolve("unet/model.onnx"));
        assertMentions(failure(root), "unet/model.onnx", "'sample'", "rank 4");

        GraphBuilder b = new GraphBuilder("unet");
        String x = b.input("sample", DataType.FLOAT, 1, 4, "h", "w");
        b.input("timestep", DataType.BOOL, 1);
        b.input("encoder_hidden_states", DataType.FLOAT, 1, 77, 32);
        b.output(x, "out_sample", DataType.FLOAT, 1, 4, "h", "w");
        new Model(b.build()).write(root.resolve("unet/model.onnx"));
        assertMentions(failure(root), "unet/model.onnx", "'timestep'", "BOOL");
    }

    @Test
    void textEncoderWithoutHiddenStates() throws Exception {
        Path root = turbo();
        GraphBuilder g = new GraphBuilder("text_encoder");
        String ids = g.input("input_ids", DataType.INT32, 1, 77);
        g.output(g.op("Cast", java.util.List.of(ids), latente.runtime.onnx.Attribute.of("to", 1L)), "pooler_output", DataType.FLOAT, 1, 77);
        new Model(g.build()).write(root.resolve("text_encoder/model.onnx"));
        assertMentions(failure(root), "text_encoder/model.onnx", "last_hidden_state");
    }

    @Test
    void staticUnetSizeAndImageToImageWithoutEncoder() throws Exception {
        Path root = turbo();
        Files.delete(root.resolve("vae_encoder/model.onnx"));
        try (SdPipeline p = SdPipeline.open(root, SdPipelineTest.QUIET)) {
            SdImage img = p.generate("moss", 1, 1, 64, 64);
            assertMentions(assertThrows(SdModelException.class, () -> p.imageToImage("moss", 1, img, 0.5, 1)).getMessage(),
                    "vae_encoder/model.onnx");
            assertMentions(assertThrows(IllegalArgumentException.class, () -> p.generate("moss", 1, 1, 60, 64)).getMessage(),
                    "multiple of 8");
        }
        GraphBuilder g = new GraphBuilder("unet");
        String s = g.input("sample", DataType.FLOAT, 1, 4, 64, 64);
        g.input("timestep", DataType.INT64, 1);
        g.input("encoder_hidden_states", DataType.FLOAT, 1, 77, 32);
        g.output(s, "out_sample", DataType.FLOAT, 1, 4, 64, 64);
        new Model(g.build()).write(root.resolve("unet/model.onnx"));
        try (SdPipeline p = SdPipeline.open(root, SdPipelineTest.QUIET)) {
            assertMentions(assertThrows(SdModelException.class, () -> p.generate("moss", 1, 1, 64, 64)).getMessage(),
                    "unet/model.onnx", "'sample'", "64");
            p.generate("moss", 1, 1, 512, 512);
        }
    }

    @Test
    void nanPixelsBecomeBlack() throws Exception {
        Path root = turbo();
        GraphBuilder g = new GraphBuilder("vae_decoder");
        String z = g.input("latent_sample", DataType.FLOAT, "b", 4, "h", "w");
        String up = g.op("Resize", java.util.List.of(z, "", g.floats(1, 1, 8, 8)), latente.runtime.onnx.Attribute.of("mode", "nearest"));
        String rgb = g.op("Slice", up, g.int64s(0), g.int64s(3), g.int64s(1));
        String nan = g.op("Sqrt", g.op("Neg", g.op("Add", g.op("Abs", rgb), g.scalar(1f))));
        g.output(nan, "sample", DataType.FLOAT, "b", 3, "H", "W");
        new Model(g.build()).write(root.resolve("vae_decoder/model.onnx"));
        try (SdPipeline p = SdPipeline.open(root, SdPipelineTest.QUIET)) {
            for (float v : p.generate("moss", 1, 1, 64, 64).rgb()) assertTrue(v == 0f, "NaN must become 0, got " + v);
        }
    }
}
