package factcheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Replaces a file whole or not at all: the text is written to a temporary file beside the
 * target and renamed over it, so a run that fails or is killed while writing never leaves a
 * half-written report where a good one stood.
 */
final class AtomicFile {
    /**
     * For tests only: pause this many milliseconds between chunks of a write, so that a test can
     * kill the process while the temporary file is half written.
     */
    static final String PAUSE_PROPERTY = "factcheck.test.writePauseMillis";
    private static final int CHUNK = 4096;
    /** How old a temporary file must be to count as a killed run's leftover. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    private AtomicFile() {
    }

    static void write(Path target, String text) throws IOException {
        if (Files.isSymbolicLink(target)) {
            // Write where the link points, and keep the link.
            Path link = Files.readSymbolicLink(target);
            target = target.toAbsolutePath().getParent().resolve(link);
        }
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            // A pipe or a device (/dev/stdout): there is nothing to replace, so write into it.
            Files.writeString(target, text, StandardCharsets.UTF_8);
            return;
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String prefix = "." + target.getFileName() + ".";
        Path temp = Files.createTempFile(dir, prefix, ".tmp");
        long pause = Long.getLong(PAUSE_PROPERTY, 0);
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (int at = 0; at < bytes.length; at += CHUNK) {
                    out.write(bytes, at, Math.min(CHUNK, bytes.length - at));
                    if (pause > 0) {
                        out.flush();
                        sleep(pause);
                    }
                }
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        removeLeftovers(dir, prefix);
    }

    /**
     * A temporary file is private (rw-------); the report takes the permissions of the file it
     * replaces, or rw-r--r-- when new, like a file written in place.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> mode = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, mode);
    }

    /**
     * Temporary files of earlier runs that were killed while writing this target. Only those
     * older than {@link #LEFTOVER_AGE}, so as not to take one that a run beside this one is writing.
     */
    private static void removeLeftovers(Path dir, String prefix) {
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, glob(prefix) + "*.tmp")) {
            for (Path p : old) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // only tidying: the report itself is written
        }
    }

    private static String glob(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        }
    }
}
