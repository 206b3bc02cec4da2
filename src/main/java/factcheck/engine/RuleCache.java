package factcheck.engine;

import factcheck.model.RuleSource;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import factcheck.util.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiled rules kept between runs: compiling the rule files is most of a cold start, and
 * loading the compiled packages takes a third of the time. An entry is keyed by the rule files'
 * paths and contents and by the build of factcheck that compiled them, so any edit, or a new
 * build, compiles afresh. A rule set whose files declare types of their own is not kept (its
 * generated classes do not survive serialisation), and an entry that cannot be read is ignored
 * and replaced.
 *
 * <p>The cache lives in {@code $XDG_CACHE_HOME/factcheck} (or {@code ~/.cache/factcheck});
 * the system property {@value #PROPERTY} or the environment variable {@value #ENV} names another
 * directory, or {@code off}.
 */
final class RuleCache {
    static final String PROPERTY = "factcheck.cache";
    static final String ENV = "FACTCHECK_CACHE";
    /** Entries kept; older ones are removed when a new one is written. */
    private static final int KEEP = 16;
    private static final String FORMAT = "factcheck-rules-1";

    private final Path dir;

    private RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cache this process uses, from the property, the environment, or the default place. */
    static RuleCache fromEnvironment() {
        String setting = System.getProperty(PROPERTY, System.getenv(ENV));
        if (setting != null && setting.strip().equalsIgnoreCase("off")) {
            return new RuleCache(null);
        }
        if (setting != null && !setting.isBlank()) {
            return new RuleCache(Path.of(setting));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RuleCache(base.resolve("factcheck"));
    }

    /** What a cache entry holds: the compiled packages and where each rule was written. */
    record Entry(KieBase kieBase, Map<String, RuleSource> rules) {
    }

    /** The entry's name for these rule files compiled in this mode, or null when the cache is off. */
    String key(Map<Path, String> sources, String mode) {
        if (dir == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\0" + mode + "\0" + buildStamp() + "\0").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<Path, String> e : sources.entrySet()) {
                sha.update((e.getKey() + "\0" + e.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            return null;
        }
    }

    /** The compiled rules under {@code key}, or null when there are none that can be read. */
    Entry load(String key) {
        if (key == null) {
            return null;
        }
        Path file = dir.resolve(key + ".rules");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file);
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, RuleCache.class.getClassLoader())) {
            if (!FORMAT.equals(objects.readUTF())) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, RuleSource> rules = (Map<String, RuleSource>) objects.readObject();
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return new Entry(kieBase, rules);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Unreadable (another version, a partial write, a changed class): compile instead.
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the compile goes on regardless
            }
            return null;
        }
    }

    /** Keeps compiled rules under {@code key}; failing to is never an error, only a slower next run. */
    void store(String key, KieBase kieBase, Map<String, RuleSource> rules) {
        if (key == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            try (AtomicFile.Pending file = AtomicFile.open(dir.resolve(key + ".rules"))) {
                DroolsObjectOutputStream objects = new DroolsObjectOutputStream(file.stream());
                objects.writeUTF(FORMAT);
                objects.writeObject(new LinkedHashMap<>(rules));
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
                objects.flush();
                file.commit();
            }
            prune();
        } catch (IOException | RuntimeException e) {
            // a read-only home, a full disk: the next run compiles again
        }
    }

    private void prune() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> old = entries.filter(p -> p.toString().endsWith(".rules"))
                    .sorted(Comparator.comparing(RuleCache::modified).reversed()).skip(KEEP).toList();
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Which build of factcheck this is: the jar's size and time, or, when run from a classes
     * directory (tests, an IDE), the times of the fact model's classes, which compiled rules
     * depend on.
     */
    private static String buildStamp() throws IOException {
        Path code;
        try {
            code = Path.of(RuleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where factcheck runs from", e);
        }
        if (Files.isRegularFile(code)) {
            return code + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        }
        StringBuilder stamp = new StringBuilder(code.toString());
        try (Stream<Path> classes = Files.walk(code.resolve("factcheck"))) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                stamp.append(':').append(Files.getLastModifiedTime(c).toMillis());
            }
        }
        return stamp.toString();
    }
}
