package latente.runtime.model.sd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import latente.runtime.model.sd.FixtureGraph.Precision;
import latente.runtime.onnx.Attribute;
import latente.runtime.onnx.DataType;
import latente.runtime.onnx.Model;

/**
 * Tiny random-weight Stable Diffusion directories with the real tensor names, ranks and dtypes
 * of Optimum's exports (only widths shrunk: CLIP width 32 instead of 1024, and so on), written
 * by our own ONNX writer. The graphs are simple on purpose: the text encoder is an embedding
 * plus two dense layers, the UNet a convolution of the latents plus broadcast terms from the
 * timestep, the pooled prompt (and SDXL's text_embeds/time_ids), the VAE a pooling/upsampling
 * pair of 1×1 convolutions that invert each other on the first three channels.
 * The UNet predicts noise as if every clean latent were 0 (plus the conditioning terms), so a
 * sampled image shows the seed's noise shaped by the prompt, and image-to-image keeps as much
 * of the source as the noise level leaves.
 */
public final class SdFixtures {
    static final int TOKENS = 77;
    private SdFixtures() {
    }

    /** SD-Turbo-like: one text encoder (int32 ids), UNet timestep as the model declares it. */
    public static Path turbo(Path dir, Precision p, DataType timestepType, boolean scalarTimestep) throws IOException {
        FixtureTokenizer.write(dir.resolve("tokenizer"), "!");
        writeTextEncoder(dir.resolve("text_encoder/model.onnx"), p, DataType.INT32, 32, false, 0, 11);
        writeUnet(dir.resolve("unet/model.onnx"), p, 32, timestepType, scalarTimestep, 0, 0, 21);
        writeVae(dir, p, 31);
        return dir;
    }

    /** LCM-distilled-like: the UNet also takes timestep_cond, the guidance-scale embedding [B, 256]. */
    static Path lcm(Path dir) throws IOException {
        turbo(dir, Precision.FP32, DataType.INT64, false);
        writeUnet(dir.resolve("unet/model.onnx"), Precision.FP32, 32, DataType.INT64, false, 0, 256, 23);
        return dir;
    }

    /** SDXL-like: two text encoders (int64 ids) with hidden_states.N, text_embeds and time_ids. */
    static Path xl(Path dir, Precision p) throws IOException {
        FixtureTokenizer.write(dir.resolve("tokenizer"), null);
        FixtureTokenizer.write(dir.resolve("tokenizer_2"), "!");
        writeTextEncoder(dir.resolve("text_encoder/model.onnx"), p, DataType.INT64, 24, false, 0, 12);
        writeTextEncoder(dir.resolve("text_encoder_2/model.onnx"), p, DataType.INT64, 40, true, 16, 13);
        writeUnet(dir.resolve("unet/model.onnx"), p, 64, DataType.FLOAT, true, 16, 0, 22);
        writeVae(dir, p, 32);
        return dir;
    }

    /** Embedding + position, two tanh layers; outputs as Optimum names them. */
    static void writeTextEncoder(Path file, Precision p, DataType idType, int d, boolean projection, int pooledDim, long seed)
            throws IOException {
        writeTextEncoder(file, p, idType, d, projection, pooledDim, seed, false);
    }

    /** With {@code dynamicWidth} every output axis is declared symbolic, as some exports do. */
    static void writeTextEncoder(Path file, Precision p, DataType idType, int d, boolean projection, int pooledDim, long seed,
                                 boolean dynamicWidth) throws IOException {
        Object w = dynamicWidth ? "hidden_size" : d;
        Object pw = dynamicWidth ? "projection_size" : pooledDim;
        FixtureGraph f = new FixtureGraph("text_encoder", p, seed);
        String ids = f.g.input("input_ids", idType, "batch_size", "sequence_length");
        String emb = f.op("Add", f.op("Gather", f.weight("token_embedding", 1.0, FixtureTokenizer.VOCAB_SIZE, d), ids),
                f.weight("position_embedding", 0.2, TOKENS, d));
        String h1 = f.op("Tanh", f.op("MatMul", emb, f.weight("layer1", 0.5, d, d)));
        String h2 = f.op("Tanh", f.op("MatMul", h1, f.weight("layer2", 0.5, d, d)));
        String pooled = f.op("ReduceMean", List.of(h2), Attribute.ints("axes", 1), Attribute.of("keepdims", 0L));
        if (projection) f.floatOutput(f.op("MatMul", pooled, f.weight("text_projection", 0.5, d, pooledDim)), "text_embeds", "batch_size", pw);
        f.floatOutput(h2, "last_hidden_state", "batch_size", "sequence_length", w);
        if (!projection) f.floatOutput(pooled, "pooler_output", "batch_size", w);
        String[] states = {emb, h1, h2};
        for (int i = 0; i < states.length; i++) {
            f.floatOutput(f.op("Identity", states[i]), "hidden_states." + i, "batch_size", "sequence_length", w);
        }
        write(f, file);
    }

    /** out = sample + 0.05 tanh(conv(sample) + w_t (t/1000) + W_c max(ctx over tokens) [+ W_p text_embeds + W_q time_ids/1000]). */
    static void writeUnet(Path file, Precision p, int d, DataType timestepType, boolean scalarTimestep, int pooledDim,
                          int timestepCondDim, long seed) throws IOException {
        FixtureGraph f = new FixtureGraph("unet", p, seed);
        String sample = f.floatInput("sample", "batch_size", 4, "height", "width");
        Object[] tShape = scalarTimestep ? new Object[0] : new Object[] {1};
        String t = f.castInput("timestep", timestepType, tShape);
        String ctx = f.floatInput("encoder_hidden_states", "batch_size", "sequence_length", d);
        String conv = f.op("Conv", List.of(sample, f.weight("conv_in", 0.3, 4, 4, 3, 3)), Attribute.ints("pads", 1, 1, 1, 1));
        String tRow = f.op("Reshape", f.op("Mul", t, f.g.scalar(0.001f)), f.g.int64s(1, 1));
        String temb = f.op("MatMul", tRow, f.weight("time_embedding", 1.0, 1, 4));
        String cemb = f.op("MatMul", f.op("ReduceMax", List.of(ctx), Attribute.ints("axes", 1), Attribute.of("keepdims", 0L)),
                f.weight("context_projection", 1.0, d, 4));
        String cond = f.op("Add", temb, cemb);
        if (pooledDim > 0) {
            String te = f.floatInput("text_embeds", "batch_size", pooledDim);
            String ti = f.floatInput("time_ids", "batch_size", 6);
            cond = f.op("Add", cond, f.op("Add", f.op("MatMul", te, f.weight("add_embedding", 1.0, pooledDim, 4)),
                    f.op("MatMul", f.op("Mul", ti, f.g.scalar(0.001f)), f.weight("time_ids_embedding", 1.0, 6, 4))));
        }
        if (timestepCondDim > 0) {
            String tc = f.floatInput("timestep_cond", "batch_size", timestepCondDim);
            cond = f.op("Add", cond, f.op("MatMul", tc, f.weight("guidance_embedding", 0.2, timestepCondDim, 4)));
        }
        String bias = f.op("Unsqueeze", cond, f.g.int64s(2, 3));
        String eps = f.op("Add", sample, f.op("Mul", f.op("Tanh", f.op("Add", conv, bias)), f.g.scalar(0.05f)));
        f.floatOutput(eps, "out_sample", "batch_size", 4, "height", "width");
        write(f, file);
    }

    /** Encoder: 8×8 average pool, 1×1 conv 3→4. Decoder: 8× nearest upsampling, 1×1 conv 4→3 undoing it. */
    static void writeVae(Path dir, Precision p, long seed) throws IOException {
        writeVae(dir, p, seed, false);
    }

    /** With {@code latentParameters} the encoder outputs Optimum's newer mean-and-log-variance tensor (8 channels). */
    static void writeVae(Path dir, Precision p, long seed, boolean latentParameters) throws IOException {
        // [4,3]: RGB into the first three channels, scaled so latents have about unit spread after
        // the pipeline's 0.18215 (as real SD latents do); [3,4]: back again, plus a trace of channel 4
        float k = 2 / 0.18215f;
        float[] e = {k, 0, 0, 0, k, 0, 0, 0, k, k / 2, k / 2, k / 2};
        float[] dm = {1 / k, 0, 0, 0.01f / k, 0, 1 / k, 0, 0.01f / k, 0, 0, 1 / k, 0.01f / k};
        FixtureGraph enc = new FixtureGraph("vae_encoder", p, seed);
        String img = enc.floatInput("sample", "batch_size", 3, "height", "width");
        String pooled = enc.op("AveragePool", List.of(img), Attribute.ints("kernel_shape", 8, 8), Attribute.ints("strides", 8, 8));
        String z = enc.op("Conv", pooled, enc.g.constant(latente.runtime.onnx.Tensor.floats("encode", new long[] {4, 3, 1, 1}, e)));
        if (latentParameters) {
            String logVar = enc.op("Sub", enc.op("Mul", z, enc.g.scalar(0f)), enc.g.scalar(3f));
            enc.floatOutput(enc.op("Concat", List.of(z, logVar), Attribute.of("axis", 1L)), "latent_parameters",
                    "batch_size", 8, "height_latent", "width_latent");
        } else {
            enc.floatOutput(z, "latent_sample", "batch_size", 4, "height_latent", "width_latent");
        }
        write(enc, dir.resolve("vae_encoder/model.onnx"));

        FixtureGraph dec = new FixtureGraph("vae_decoder", p, seed + 1);
        String lat = dec.floatInput("latent_sample", "batch_size", 4, "height_latent", "width_latent");
        String up = dec.op("Resize", List.of(lat, "", dec.g.floats(1, 1, 8, 8)), Attribute.of("mode", "nearest"));
        String rgb = dec.op("Conv", up, dec.g.constant(latente.runtime.onnx.Tensor.floats("decode", new long[] {3, 4, 1, 1}, dm)));
        dec.floatOutput(rgb, "sample", "batch_size", 3, "height", "width");
        write(dec, dir.resolve("vae_decoder/model.onnx"));
    }

    private static void write(FixtureGraph f, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        new Model(f.g.build()).write(file);
    }
}
