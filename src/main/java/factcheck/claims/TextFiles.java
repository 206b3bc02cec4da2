package factcheck.claims;

import factcheck.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text files a user gives (claims files, article texts, rule files) one way: only
 * regular files, no larger than a limit, in UTF-8. What is wrong comes back as a message at the
 * line (and column) of the first bad byte, never as an exception: "not UTF-8", "a NUL byte",
 * "over the size limit". A UTF-8 byte order mark is dropped.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The default size limit, in MiB: far above any article or claims file, far below memory. */
    public static final int DEFAULT_LIMIT_MIB = 16;
    public static final long MIB = 1024 * 1024;
    public static final long DEFAULT_LIMIT = DEFAULT_LIMIT_MIB * MIB;
    /** The option that sets the limit, named in the message when a file is over it. */
    public static final String LIMIT_OPTION = "--max-file-size";

    /** A file's text, or what is wrong with the file. */
    public record Read(String text, Diagnostic error) {
        public boolean ok() {
            return text != null;
        }
    }

    /** Reads {@code file} as UTF-8 text of at most {@code limit} bytes. */
    public static Read read(Path file, long limit) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return error(name, 0, 0, "is a directory, not a file");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return error(name, 0, 0, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            // /dev/zero, a pipe, a socket: reading could block or never end.
            return error(name, 0, 0, "is not a regular file (a device, a pipe or a socket?); give a text file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > limit) {
                return error(name, 0, 0, tooLarge(Files.size(file), limit));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // A file may grow, or report a wrong size: never read past the limit.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
        } catch (AccessDeniedException e) {
            return error(name, 0, 0, "cannot read the file: permission denied");
        } catch (NoSuchFileException e) {
            return error(name, 0, 0, "no such file");
        } catch (IOException e) {
            return error(name, 0, 0, "cannot read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
        if (bytes.length > limit) {
            return error(name, 0, 0, tooLarge(bytes.length, limit));
        }
        return decode(name, bytes);
    }

    /**
     * Reads {@code file} as {@link #read} does, for a caller that handles I/O errors: what is
     * wrong is thrown as {@link Unreadable}, whose message gives the line and column when known.
     */
    public static String readText(Path file, long limit) throws Unreadable {
        Read read = read(file, limit);
        if (!read.ok()) {
            throw new Unreadable(read.error());
        }
        return read.text();
    }

    /** A file that cannot be read as text, with where and why. */
    public static final class Unreadable extends IOException {
        private final transient Diagnostic diagnostic;

        Unreadable(Diagnostic diagnostic) {
            super((diagnostic.line() > 0 ? "line " + diagnostic.line() + (diagnostic.column() > 0 ? ", column "
                    + diagnostic.column() : "") + ": " : "") + diagnostic.message(), null);
            this.diagnostic = diagnostic;
        }

        /** The error as a diagnostic at the file, line and column. */
        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** The text of {@code bytes}, named {@code name} in messages, or where it is not UTF-8 text. */
    public static Read decode(String name, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return error(name, lineAt(bytes, i), columnAt(bytes, start, i), "contains a NUL byte: is this a text"
                        + " file? (saved as UTF-16, or a binary file, it cannot be read; save it as UTF-8 text)");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            return error(name, lineAt(bytes, at), columnAt(bytes, start, at), String.format(java.util.Locale.ROOT,
                    "not UTF-8 (byte 0x%02X): save it as UTF-8", bytes[at] & 0xff));
        }
        out.flip();
        return new Read(out.toString(), null);
    }

    /** "is 20.5 MiB, over the size limit of 16 MiB; ..." */
    static String tooLarge(long size, long limit) {
        return "the file is " + mib(size) + ", over the size limit of " + mib(limit) + " for an input file; if it"
                + " is what you meant to give, raise the limit with " + LIMIT_OPTION;
    }

    /** A size in MiB for a message: "16 MiB", "20.5 MiB", "0.001 MiB". */
    public static String mib(long bytes) {
        java.math.BigDecimal m = java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(MIB),
                new java.math.MathContext(3)).stripTrailingZeros();
        return m.toPlainString() + " MiB";
    }

    private static int lineAt(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of byte {@code at}, counting characters (not bytes) since the line's start. */
    private static int columnAt(byte[] bytes, int start, int at) {
        int column = 1;
        for (int i = at - 1; i >= start && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    private static Read error(String name, int line, int column, String message) {
        return new Read(null, new Diagnostic(name, line, column, message));
    }

    /**
     * Where a path really is, for comparing two paths: symbolic links, "." and ".." resolved. A
     * path that does not exist yet is resolved as far as it does (its directory), then named.
     */
    public static Path real(Path path) {
        // Not normalised first: "link/.." is the link target's parent, which only the file system knows.
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null) {
                return absolute.normalize();
            }
            Path directory = real(parent);
            String name = absolute.getFileName().toString();
            if (name.equals("..")) {
                return directory.getParent() == null ? directory : directory.getParent();
            }
            return name.equals(".") ? directory : directory.resolve(name);
        }
    }
}
