package factcheck.util;

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
 * half-written report where a good one stood. Reports (--output) and the compiled-rules cache
 * are written through it.
 */
public final class AtomicFile {
    /**
     * For tests only: pause this many milliseconds between chunks of text written through
     * {@link Pending#writer()} (a report), so that a test can kill the process while the temporary
     * file is half written. Bytes written through {@link Pending#stream()} (the compiled-rules
     * cache) are not paced.
     */
    public static final String PAUSE_PROPERTY = "factcheck.test.writePauseMillis";
    private static final int CHUNK = 4096;
    /** How old a temporary file must be to count as a killed run's leftover. */
    public static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

    private AtomicFile() {
    }

    /** Replaces {@code target} with {@code text}, in UTF-8. */
    public static void write(Path target, String text) throws IOException {
        try (Pending pending = open(target)) {
            pending.writer().write(text);
            pending.commit();
        }
    }

    /**
     * Starts writing {@code target}: into a temporary file beside it, which {@link Pending#commit}
     * renames over it, and {@link Pending#close} without a commit removes, leaving the target as
     * it was. A pipe or a device (/dev/stdout) has nothing to replace, and is written directly.
     */
    public static Pending open(Path target) throws IOException {
        Path named = target;
        if (Files.isSymbolicLink(target)) {
            // Write where the link points, and keep the link.
            Path link = Files.readSymbolicLink(target);
            target = target.toAbsolutePath().getParent().resolve(link);
        }
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            return new Pending(named, target, null, Files.newOutputStream(target));
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, prefix(target), ".tmp");
        return new Pending(named, target, temp, Files.newOutputStream(temp));
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** A file being written; see {@link #open}. */
    public static final class Pending implements java.io.Closeable {
        private final Path named;
        private final Path target;
        private final Path temp;
        private final OutputStream out;
        private final java.io.Writer writer;
        private boolean done;

        private Pending(Path named, Path target, Path temp, OutputStream out) {
            this.named = named;
            this.target = target;
            this.temp = temp;
            long pause = Long.getLong(PAUSE_PROPERTY, 0);
            OutputStream paced = pause <= 0 ? out : new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    for (int at = 0; at < len; at += CHUNK) {
                        this.out.write(b, off + at, Math.min(CHUNK, len - at));
                        this.out.flush();
                        sleep(pause);
                    }
                }
            };
            this.out = out;
            this.writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(paced, StandardCharsets.UTF_8),
                    1 << 16);
        }

        /** Where text is written, in UTF-8. */
        public java.io.Writer writer() {
            return writer;
        }

        /** Where bytes are written, for a file that is not text; not to be mixed with {@link #writer()}. */
        public OutputStream stream() {
            return out;
        }

        /** The file this replaces, as it was named (a link, not where it points). */
        public Path target() {
            return named;
        }

        /** Finishes the file and puts it in place of the target. */
        public void commit() throws IOException {
            writer.close();
            done = true;
            if (temp == null) {
                return;
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            removeLeftovers(target.toAbsolutePath().getParent(), prefix(target));
        }

        /** Removes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!done) {
                try {
                    writer.close();
                } catch (IOException e) {
                    // Abandoned anyway.
                }
            }
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
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
