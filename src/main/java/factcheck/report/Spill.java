package factcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text set aside until the report's head can be written: kept in memory while small, then in a
 * temporary file, so that a report of any size is written in memory bounded by one article.
 */
final class Spill implements Closeable {
    /** Characters kept in memory before the text goes to a file. */
    static final int IN_MEMORY = 1 << 20;

    private StringBuilder memory = new StringBuilder();
    private Path file;
    private Writer writer;

    void append(String text) {
        try {
            if (writer != null) {
                writer.write(text);
                return;
            }
            memory.append(text);
            if (memory.length() > IN_MEMORY) {
                file = Files.createTempFile("factcheck-report", ".part");
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                writer.append(memory);
                memory = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the report aside in a temporary file: " + e.getMessage(), e);
        }
    }

    boolean isEmpty() {
        return writer == null && memory.length() == 0;
    }

    /** Writes the text set aside to {@code out}. */
    void copyTo(Writer out) throws IOException {
        if (writer == null) {
            out.append(memory);
            return;
        }
        writer.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** Writes to {@code out} the lines set aside that start with {@code prefix}, each with its line break. */
    void copyLinesTo(Writer out, String prefix) throws IOException {
        Reader source;
        if (writer == null) {
            source = new java.io.StringReader(memory.toString());
        } else {
            writer.flush();
            source = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        try (java.io.BufferedReader in = new java.io.BufferedReader(source)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(prefix)) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind is the system's to clean.
        }
    }
}
