package latente.tests.hydra;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real hydra-synth, asked once per test run: runs {@code tests/conformance/hydra/oracle.mjs}
 * (node, playwright-core driving Debian's chromium) over the whole catalogue and reads the pictures
 * it wrote. Locally, a missing node, chromium or {@code npm ci} skips the suite with a message
 * saying what to install; in CI ({@code CI=true}, or {@code -Dlatente.conformance=required}) the
 * same absence fails it, so the suite can never silently vanish there.
 */
final class HydraOracle {
    /** What hydra-synth drew for one case: RGBA rows top-down, or the error it threw. */
    record Expected(byte[] rgba, double[] times, String error) {}

    static final Path ROOT = findRoot();
    static final Path DIR = ROOT.resolve("tests/conformance/hydra");
    static final Path IMAGE = ROOT.resolve("examples/media/testcard.png");

    private HydraOracle() {}

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "required".equals(System.getProperty("latente.conformance"));
    }

    /** Skips (locally) or fails (CI) with {@code why} and the way to fix it. */
    static void unavailable(String why) {
        String message = "Hydra conformance suite not run: " + why
                + ". Install node, npm and chromium, then run `npm ci` in tests/conformance/hydra.";
        if (required()) throw new AssertionError(message + " (required in CI)");
        System.out.println("SKIPPED " + message); // an aborted @BeforeAll shows nowhere else in the build log
        Assumptions.abort(message);
    }

    static Map<String, Expected> render(Path catalogue, Path outDir) throws IOException, InterruptedException {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        if (!onPath("node")) unavailable("node is not on the PATH");
        if (!Files.isExecutable(Path.of(chromium))) unavailable(chromium + " is missing (set CHROMIUM to another path)");
        if (!Files.isDirectory(DIR.resolve("node_modules/hydra-synth")) || !Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            unavailable("tests/conformance/hydra/node_modules is missing");
        }
        Files.createDirectories(outDir);
        Path log = outDir.resolve("oracle.log");
        Process p = new ProcessBuilder("node", DIR.resolve("oracle.mjs").toString(), catalogue.toString(), outDir.toString(), IMAGE.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the Hydra oracle did not finish in 4 minutes; its output: " + Files.readString(log));
        }
        if (p.exitValue() != 0) throw new AssertionError("the Hydra oracle failed (exit " + p.exitValue() + "):\n" + Files.readString(log));
        Map<String, Expected> out = new HashMap<>();
        for (String line : Files.readAllLines(outDir.resolve("results.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", 3);
            if (f[1].equals("ok")) {
                String[] t = f[2].split(",");
                double[] times = new double[t.length];
                for (int i = 0; i < t.length; i++) times[i] = Double.parseDouble(t[i]);
                out.put(f[0], new Expected(Files.readAllBytes(outDir.resolve(f[0] + ".rgba")), times, null));
            } else {
                out.put(f[0], new Expected(null, new double[0], f[2]));
            }
        }
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("tests/conformance/hydra"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("tests/conformance/hydra not found above " + Path.of("").toAbsolutePath());
        return p;
    }
}
