package factcheck.claims;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.nio.file.Path;

/**
 * Tells a register (a file of figures only) from an article's claims file without building the
 * file's tree: registers are read before any article, so every file is looked at first, and an
 * article's file is known as one at its first top-level 'article:' or 'claims:' key. Only a file
 * that may be a register is then read whole; whatever cannot be read is an article, whose reader
 * says what is wrong with it.
 */
final class RegisterScan {
    private RegisterScan() {
    }

    /**
     * Whether {@code file} may be a register: a YAML mapping with a top-level 'figures' key and
     * neither 'article' nor 'claims'.
     */
    static boolean isRegister(Path file, long maxFileSize) {
        TextFiles.Read read = TextFiles.read(file, maxFileSize);
        if (!read.ok()) {
            return false;
        }
        String text = read.text();
        try {
            // As the reader's own settings: a file one reads, the other reads too.
            LoadSettings settings = LoadSettings.builder().setLabel(file.toString())
                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileSize + 1))
                    .setBufferSize((int) Math.min(Integer.MAX_VALUE - 1, (long) text.length() + 1)).build();
            Parser events = new ParserImpl(settings, new StreamReader(settings, text));
            if (!skipTo(events, Event.ID.MappingStart)) {
                return false;
            }
            boolean figures = false;
            while (events.hasNext()) {
                Event key = events.next();
                if (key.getEventId() == Event.ID.MappingEnd) {
                    return figures;
                }
                if (key instanceof ScalarEvent scalar) {
                    String name = scalar.getValue();
                    if (name.equals("article") || name.equals("claims")) {
                        return false;
                    }
                    figures |= name.equals("figures");
                } else {
                    skipValue(events, key);
                }
                skipValue(events, events.next());
            }
            return false;
        } catch (RuntimeException e) {
            // Not valid YAML: the article reader reports it.
            return false;
        }
    }

    /** Reads past the stream and document starts to the root: true if it is a mapping. */
    private static boolean skipTo(Parser events, Event.ID root) {
        while (events.hasNext()) {
            Event e = events.next();
            switch (e.getEventId()) {
                case StreamStart, DocumentStart -> {
                }
                default -> {
                    return e.getEventId() == root;
                }
            }
        }
        return false;
    }

    /** Reads past a value that starts with {@code first}: a scalar or alias, or a whole list or map. */
    private static void skipValue(Parser events, Event first) {
        if (first.getEventId() != Event.ID.MappingStart && first.getEventId() != Event.ID.SequenceStart) {
            return;
        }
        int depth = 1;
        while (depth > 0 && events.hasNext()) {
            switch (events.next().getEventId()) {
                case MappingStart, SequenceStart -> depth++;
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
    }
}
