package factcheck;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages are the steps of a run, and each uses only the steps before it: util, model,
 * claims, engine, verdict, report, then api and cli on top. Read from the compiled classes, so
 * a reference in a signature, a call or a constant counts, and a comment does not.
 */
class LayersTest {

    private static final List<String> ORDER = List.of("util", "model", "claims", "engine", "verdict", "report", "api",
            "cli");
    private static final Path CLASSES = Path.of("target/classes/factcheck");
    private static final Pattern REFERENCE = Pattern.compile("factcheck/(\\w+)/([\\w$]+)");

    @Test
    void everyPackageUsesOnlyThePackagesBeforeIt() {
        List<String> wrong = new ArrayList<>();
        for (String pkg : ORDER) {
            int rank = ORDER.indexOf(pkg);
            for (Reference r : references(pkg)) {
                int used = ORDER.indexOf(r.pkg());
                if (used < 0 || used > rank) {
                    wrong.add(r.from() + " uses factcheck." + r.pkg() + "." + r.type());
                }
            }
        }
        assertEquals(List.of(), wrong, "each package may use only " + ORDER + " before it");
    }

    @Test
    void theReportsRenderAndDecideNothing() {
        // The verdict is the verdict policy's; a report that reached the engine or the policy would decide again.
        List<String> wrong = references("report").stream()
                .filter(r -> r.pkg().equals("engine") || r.type().equals("VerdictPolicy"))
                .map(r -> r.from() + " uses factcheck." + r.pkg() + "." + r.type()).toList();
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckFindsAReferenceAgainstTheOrder() {
        // The model is first among the steps, and the engine uses it: the scan must see that.
        assertTrue(references("engine").stream().anyMatch(r -> r.pkg().equals("model")), "engine uses model");
        assertTrue(references("verdict").stream().anyMatch(r -> r.type().equals("Engine$ClaimFindings")),
                "verdict uses the engine's findings");
    }

    private record Reference(String from, String pkg, String type) {
    }

    /** Every class of factcheck that the classes of {@code pkg} name, outside {@code pkg}. */
    private static Set<Reference> references(String pkg) {
        Set<Reference> found = new TreeSet<>(java.util.Comparator.comparing(Reference::from)
                .thenComparing(Reference::pkg).thenComparing(Reference::type));
        Path dir = CLASSES.resolve(pkg);
        assertTrue(Files.isDirectory(dir), dir + " is compiled");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String from = f.getFileName().toString().replace(".class", "");
                for (String text : strings(Files.readAllBytes(f))) {
                    Matcher m = REFERENCE.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).equals(pkg)) {
                            found.add(new Reference(pkg + "." + from, m.group(1), m.group(2)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The text constants of a class file: its class names, descriptors and signatures among them. */
    private static List<String> strings(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        List<String> strings = new ArrayList<>();
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            // A CONSTANT_Utf8 entry: its tag, then its length and bytes in modified UTF-8.
            if (offset > 0 && bytes[offset - 1] == 1) {
                int length = (bytes[offset] & 0xff) << 8 | bytes[offset + 1] & 0xff;
                try {
                    strings.add(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes, offset,
                            length + 2)).readUTF());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return strings;
    }
}
