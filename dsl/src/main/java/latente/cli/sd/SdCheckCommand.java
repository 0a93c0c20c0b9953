package latente.cli.sd;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import latente.cli.Options;
import latente.cli.Subcommand;
import latente.cli.UsageException;
import latente.runtime.model.sd.SdModelException;
import latente.runtime.model.sd.SdOptions;
import latente.runtime.model.sd.SdPipeline;

/** {@code latente sd check DIR}: opens a Stable Diffusion ONNX directory and prints what it found. */
public final class SdCheckCommand implements Subcommand {
    @Override
    public String name() {
        return "sd check";
    }

    @Override
    public String summary() {
        return "check a Stable Diffusion ONNX directory and print its tensors";
    }

    @Override
    public String usage() {
        return "usage: latente sd check DIR [--cpu]\n"
                + "  Opens DIR (diffusers/Optimum ONNX layout, see docs/stable-diffusion.md), checks every\n"
                + "  file, tensor name, shape and type, and prints the signature and the chosen sampler.\n"
                + "  --cpu   do not try CUDA";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of(), Set.of("cpu"));
        if (o.positional().size() != 1) throw new UsageException("expected one directory");
        SdOptions options = SdOptions.defaults().withNotice(err::println)
                .withProvider(o.flag("cpu") ? SdOptions.Provider.CPU : SdOptions.Provider.AUTO);
        try (SdPipeline sd = SdPipeline.open(Path.of(o.positional().get(0)), options)) {
            out.println((sd.layout().isXl() ? "SDXL" : "SD") + " directory " + sd.layout().root());
            for (String line : sd.describe()) out.println("  " + line);
            out.println("  sampler " + sd.scheduler().name() + ", image-to-image " + (sd.canImageToImage() ? "yes" : "no (no vae_encoder)")
                    + ", provider " + (sd.usesCuda() ? "CUDA" : "CPU"));
            return 0;
        } catch (SdModelException e) {
            err.println("latente sd check: " + e.getMessage());
            return 2;
        }
    }
}
