package factcheck.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watches directories for saved files and calls back with the files that changed, a burst of
 * saves at a time. Runs until the thread is interrupted. Editors' swap and backup files are
 * ignored.
 */
final class Watcher implements AutoCloseable {
    /** How long a burst of file events may last before the callback runs. */
    private static final long SETTLE_MILLIS = 150;

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    Watcher() throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
    }

    /** Watches {@code path}: a directory and everything under it, or the directory a file is in. */
    void watch(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                register(parent);
            }
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        // The same directory gives the same key: the first name it was registered under is kept.
        dirs.putIfAbsent(key, dir);
    }

    void watchAll(Collection<Path> paths) throws IOException {
        for (Path p : paths) {
            watch(p);
        }
    }

    /**
     * Blocks, calling {@code onChange} with the changed files that {@code relevant} accepts after
     * each burst; returns when interrupted.
     */
    void run(Predicate<Path> relevant, Consumer<SortedSet<Path>> onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                SortedSet<Path> changed = new TreeSet<>();
                collect(key, changed);
                // Gather the rest of the burst: editors write a file in several steps.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                changed.removeIf(relevant.negate());
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, SortedSet<Path> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path file = dir.resolve(name);
            if (Files.isDirectory(file) && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                try {
                    watch(file);
                    // Files saved in it before it was watched (a folder created with its file) changed too.
                    addFiles(file, changed);
                } catch (IOException ignored) {
                    // a directory that vanished again: nothing to watch
                }
                continue;
            }
            if (!ignored(name.toString())) {
                changed.add(file);
            }
        }
        key.reset();
    }

    private static void addFiles(Path dir, SortedSet<Path> changed) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(f -> !ignored(f.getFileName().toString())).forEach(changed::add);
        }
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.startsWith("#");
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
