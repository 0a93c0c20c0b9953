package latente.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code latente} launcher rebuilds when a source changed: its staleness check runs on a copy
 * of the script in a folder laid out like the repository, with file times set explicitly (no
 * waiting for the clock to move).
 */
class LauncherStalenessTest {
    static final Instant BUILT = Instant.parse("2026-01-01T12:00:00Z");

    @TempDir
    Path repo;

    @Test
    void aDeepJavaSourceEditedAfterTheBuildMakesTheJarStale() throws Exception {
        layout();
        assertEquals("fresh", check(), "nothing edited since the build");
        Path java = repo.resolve("runtime/src/main/java/latente/runtime/osc/OscServer.java");
        touch(java, BUILT.plusSeconds(60));
        assertEquals("stale", check(), "an edited Java file eight folders down");
    }

    @Test
    void aResourceOrPomEditedAfterTheBuildMakesTheJarStale() throws Exception {
        layout();
        touch(repo.resolve("render/src/main/resources/latente/render/hud/font.txt"), BUILT.plusSeconds(5));
        assertEquals("stale", check());
        touch(repo.resolve("render/src/main/resources/latente/render/hud/font.txt"), BUILT.minusSeconds(5));
        touch(repo.resolve("audio/pom.xml"), BUILT.plusSeconds(5));
        assertEquals("stale", check());
    }

    @Test
    void buildOutputsAndTestsDoNotTriggerARebuild() throws Exception {
        layout();
        touch(repo.resolve("runtime/target/classes/latente/runtime/osc/OscServer.class"), BUILT.plusSeconds(60));
        touch(repo.resolve("dsl/src/test/java/latente/dsl/SomeTest.java"), BUILT.plusSeconds(60));
        assertEquals("fresh", check());
    }

    @Test
    void aMissingJarIsStale() throws Exception {
        layout();
        Files.delete(repo.resolve("app/target/latente.jar"));
        assertEquals("stale", check());
    }

    private void layout() throws IOException {
        Path script = repo.resolve("latente");
        Files.copy(Cli.ROOT.resolve("latente"), script);
        script.toFile().setExecutable(true);
        for (String f : new String[] {"pom.xml", "runtime/pom.xml", "audio/pom.xml",
                "runtime/src/main/java/latente/runtime/osc/OscServer.java",
                "render/src/main/resources/latente/render/hud/font.txt"}) {
            touch(repo.resolve(f), BUILT.minusSeconds(60));
        }
        touch(repo.resolve("app/target/latente.jar"), BUILT);
    }

    private static void touch(Path file, Instant time) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private String check() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("latente").toString()).redirectErrorStream(true);
        pb.environment().put("LATENTE_STALE_CHECK", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
