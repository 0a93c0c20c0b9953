package latente.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import latente.runtime.json.Json;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real Strudel (the pinned {@code @strudel/mini} in tests/conformance/strudel) on the
 * whole catalogue in one node process and returns its cases. Without node or the installed
 * packages the suite is skipped with a message saying how to install them, except in CI
 * ({@code CI=true}), where that is a failure: the suite is never skipped there.
 */
final class StrudelOracle {
    static final Path DIR = Cli.ROOT.resolve("tests/conformance/strudel");
    static final Path CATALOGUE = DIR.resolve("catalogue.txt");

    /** One catalogue case as Strudel saw it: events, or the error Strudel gave. */
    record Case(String kind, String mini, int cycles, List<Map<String, Object>> events, String error) {}

    private StrudelOracle() {}

    static List<Case> run(int exactCycles, int randomCycles) throws IOException, InterruptedException {
        String missing = missing();
        if (missing != null) {
            String message = "Strudel conformance suite not run: " + missing
                    + " (install with: cd tests/conformance/strudel && npm ci)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail(message + "; CI=true, so this is a failure");
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        File out = File.createTempFile("strudel-oracle", ".json");
        File err = File.createTempFile("strudel-oracle", ".err");
        try {
            Process p = new ProcessBuilder("node", "oracle.mjs", CATALOGUE.toString(), Integer.toString(exactCycles),
                    Integer.toString(randomCycles)).directory(DIR.toFile()).redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                Assertions.fail("the Strudel oracle did not finish in 3 minutes");
            }
            if (p.exitValue() != 0) {
                Assertions.fail("the Strudel oracle failed (exit " + p.exitValue() + "): " + Files.readString(err.toPath()));
            }
            return parse(Files.readString(out.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** Why the oracle cannot run here, or null when it can. */
    private static String missing() {
        if (!onPath("node")) return "node is not on the PATH";
        if (!Files.isDirectory(DIR.resolve("node_modules/@strudel/mini"))) return "node_modules is not installed in " + DIR;
        return null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static List<Case> parse(String json) {
        Map<String, Object> root = (Map<String, Object>) Json.parse(json);
        return ((List<Map<String, Object>>) root.get("cases")).stream()
                .map(c -> new Case((String) c.get("kind"), (String) c.get("mini"), ((Number) c.get("cycles")).intValue(),
                        (List<Map<String, Object>>) c.get("events"), (String) c.get("error")))
                .toList();
    }
}
