package latente.dsl.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A set file on disk: its text and the name used in messages ("sets/first-light.groovy"). */
public record SetFile(Path path, String name, String code) {
    /** Reads a set; a missing or unreadable file is an {@link IOException} with a clear message. */
    public static SetFile read(String given) throws IOException {
        Path p = Path.of(given);
        if (!Files.exists(p)) throw new IOException("set not found: " + given);
        if (Files.isDirectory(p)) throw new IOException(given + " is a folder; give a .groovy set file");
        try {
            return new SetFile(p, p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("cannot read set " + given + ": " + e.getMessage());
        }
    }
}
