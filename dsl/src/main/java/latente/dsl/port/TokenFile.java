package latente.dsl.port;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a running show leaves its eval token for the performer's own tools ({@code latente send}
 * and the editor recipes): a file only the user can read, one per port. The folder is
 * {@code $XDG_RUNTIME_DIR/latente} (a per-user folder the system empties at logout), else
 * {@code ~/.latente/run}; {@code -Dlatente.runtimeDir} overrides both (tests). Other local users
 * and programs that cannot read the user's files cannot send code.
 */
public final class TokenFile {
    private final Path path;

    private TokenFile(Path path) {
        this.path = path;
    }

    /** The token file of the show listening on {@code port}. */
    public static TokenFile forPort(int port) {
        return new TokenFile(folder().resolve("eval-" + port + ".token"));
    }

    static Path folder() {
        String override = System.getProperty("latente.runtimeDir");
        if (override != null) return Path.of(override);
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank() && Files.isDirectory(Path.of(xdg))) return Path.of(xdg, "latente");
        return Path.of(System.getProperty("user.home"), ".latente", "run");
    }

    public Path path() {
        return path;
    }

    /** Writes {@code token} readable by this user only (folder rwx------, file rw-------), replacing an old file. */
    public void write(String token) throws IOException {
        Path dir = path.getParent();
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            throw new IOException(dir + " is not a folder");
        }
        Path fresh = Files.createTempFile(dir, "eval-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(fresh, token + "\n", StandardCharsets.UTF_8);
        Files.move(fresh, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The token, or null when no show on this port left one (or it cannot be read). */
    public String read() {
        try {
            String t = Files.readString(path, StandardCharsets.UTF_8).strip();
            return t.isEmpty() ? null : t;
        } catch (IOException e) {
            return null;
        }
    }

    /** Removes the file (the show has stopped); quietly does nothing when it is gone. */
    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover token of a stopped show opens nothing: no port listens for it
        }
    }
}
