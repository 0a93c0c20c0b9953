package latente.runtime.model.sd;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import java.util.Map;

/**
 * The VAE halves: the decoder ({@code latent_sample [1,C,h,w]} → {@code sample [1,3,8h,8w]} in
 * [-1, 1]) and the optional encoder ({@code sample} → {@code latent_sample}, or Optimum's newer
 * {@code latent_parameters} whose first C channels are the mean). Latents are divided by the
 * scaling factor before decoding and multiplied by it after encoding.
 */
final class Vae {
    private final OnnxPart decoder;
    private final OnnxPart encoder;
    private final TensorInfo decIn;
    private final TensorInfo encIn;
    private final String encOut;
    private final int encOutChannels;
    final float scale;

    Vae(OnnxPart decoder, OnnxPart encoder, float scale, int channels) throws SdModelException {
        this.decoder = decoder;
        this.encoder = encoder;
        this.scale = scale;
        this.decIn = decoder.input("latent_sample", 4);
        decoder.requireDim(decIn, "latent_sample", 1, channels, "the UNet's latent channels");
        decoder.output("sample", 4);
        if (encoder != null) {
            this.encIn = encoder.input("sample", 4);
            encoder.requireDim(encIn, "sample", 1, 3, "an RGB image");
            String out = encoder.hasOutput("latent_sample") ? "latent_sample" : "latent_parameters";
            TensorInfo o = encoder.output(out, 4);
            this.encOut = out;
            long c = o.getShape()[1];
            this.encOutChannels = c > 0 ? (int) c : (out.equals("latent_sample") ? channels : 2 * channels);
        } else {
            this.encIn = null;
            this.encOut = null;
            this.encOutChannels = 0;
        }
    }

    boolean canEncode() {
        return encoder != null;
    }

    /** Latents {@code [C,h,w]} → image, HWC RGB in [0, 1]. */
    SdImage decode(OrtEnvironment env, float[] latents, int channels, int h, int w) throws SdModelException {
        float[] z = new float[latents.length];
        for (int i = 0; i < z.length; i++) z[i] = latents[i] / scale;
        float[] chw;
        try (OnnxTensor in = Tensors.floats(env, z, new long[] {1, channels, h, w}, decIn.type,
                decoder.file + ": input 'latent_sample'")) {
            chw = decoder.run(Map.of("latent_sample", in), "sample");
        } catch (OrtException e) {
            throw new SdModelException(decoder.file + ": " + e.getMessage(), e);
        }
        int height = h * 8;
        int width = w * 8;
        int plane = height * width;
        if (chw.length != 3 * plane) {
            throw new SdModelException(decoder.file + ": output 'sample' has " + chw.length + " values, expected 3×" + height + "×" + width);
        }
        float[] rgb = new float[3 * plane];
        for (int p = 0; p < plane; p++) {
            for (int c = 0; c < 3; c++) {
                float v = chw[c * plane + p] * 0.5f + 0.5f;
                // NaN (an fp16 VAE overflowing) becomes black rather than poisoning the texture
                rgb[p * 3 + c] = !(v >= 0) ? 0 : (v > 1 ? 1 : v);
            }
        }
        return new SdImage(width, height, rgb);
    }

    /** Image (HWC RGB in [0, 1]) → scaled latents {@code [C, h/8, w/8]}. */
    float[] encode(OrtEnvironment env, SdImage image, int channels) throws SdModelException {
        if (encoder == null) throw new SdModelException("image-to-image needs vae_encoder/model.onnx, which this directory lacks");
        int plane = image.width() * image.height();
        float[] chw = new float[3 * plane];
        for (int p = 0; p < plane; p++) {
            for (int c = 0; c < 3; c++) chw[c * plane + p] = image.rgb()[p * 3 + c] * 2f - 1f;
        }
        float[] out;
        try (OnnxTensor in = Tensors.floats(env, chw, new long[] {1, 3, image.height(), image.width()}, encIn.type,
                encoder.file + ": input 'sample'")) {
            out = encoder.run(Map.of("sample", in), encOut);
        } catch (OrtException e) {
            throw new SdModelException(encoder.file + ": " + e.getMessage(), e);
        }
        int lat = (image.height() / 8) * (image.width() / 8);
        if (out.length != encOutChannels * lat || encOutChannels < channels) {
            throw new SdModelException(encoder.file + ": output '" + encOut + "' has " + out.length + " values, expected "
                    + encOutChannels + "×" + (image.height() / 8) + "×" + (image.width() / 8));
        }
        float[] z = new float[channels * lat];
        for (int i = 0; i < z.length; i++) z[i] = out[i] * scale;
        return z;
    }
}
