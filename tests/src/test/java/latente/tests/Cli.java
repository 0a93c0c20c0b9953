package latente.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code latente} command line in a child JVM (the same classes the launcher runs),
 * from the repository root, and captures its exit code and output.
 */
final class Cli {
    record Result(int exitCode, String out, String err) {}

    static final Path ROOT = findRoot();

    private Cli() {}

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("sets/first-light.groovy"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the Latente repository");
        return p;
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("latente.cli.Main");
        cmd.addAll(List.of(args));
        File out = File.createTempFile("latente-out", ".txt");
        File err = File.createTempFile("latente-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile())
                .redirectOutput(out).redirectError(err);
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("latente " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        Result r = new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
        out.delete();
        err.delete();
        return r;
    }
}
