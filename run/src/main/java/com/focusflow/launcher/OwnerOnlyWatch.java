package com.focusflow.launcher;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;

/**
 * Keeps the data dir owner-only while FocusFlow runs, whatever umask it was started with: Java cannot set the
 * process's umask, and Felix (the cache), SQLite (database, journal), Config Admin and Logback create files
 * with the umask's mode. Every folder of the data dir is watched; whatever appears in one is narrowed (a new
 * folder is watched and walked too). The data dir itself is 0700 from the start, so nobody else can reach an
 * entry in the moment before it is narrowed; this keeps the files private also when copied or when the folder
 * is opened up later. Only on POSIX file systems; symbolic links are never followed or changed.
 */
final class OwnerOnlyWatch implements AutoCloseable {

    private final WatchService watcher;

    private OwnerOnlyWatch(WatchService watcher) {
        this.watcher = watcher;
    }

    /**
     * Narrows {@code root}'s tree and keeps narrowing what appears in it; empty where there is nothing to do. The
     * first walk runs on the watch's own thread, beside the framework's start (some 60 ms of a warm start's main
     * thread otherwise): {@code root} is 0700 already, so nobody else can reach an entry the walk has not narrowed yet.
     */
    static Optional<OwnerOnlyWatch> start(Path root) throws IOException {
        if (Files.getFileAttributeView(root, PosixFileAttributeView.class) == null) {
            return Optional.empty();
        }
        OwnerOnlyWatch watch = new OwnerOnlyWatch(root.getFileSystem().newWatchService());
        Thread thread = new Thread(() -> watch.watch(root), "FocusFlow owner-only data dir");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(watch);
    }

    static String notWatched(IOException cause) {
        return "The data dir is not watched (" + cause + "); files FocusFlow creates follow the umask until the next "
                + "start narrows them (run/focusflow sets umask 077)";
    }

    private void watch(Path root) {
        try {
            register(root);
        } catch (IOException e) {
            LauncherLog.warn(notWatched(e));
            return;
        } catch (ClosedWatchServiceException stopping) {
            return;
        }
        run();
    }

    /** Watches every folder under {@code dir} (itself included), narrowing each entry it passes. */
    private void register(Path dir) throws IOException {
        // a folder is watched before it is narrowed and walked: an entry made meanwhile is seen by one or the other
        OwnerOnly.tree(dir, folder -> folder.register(watcher, ENTRY_CREATE));
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        rewalk(folder); // events were lost: look at everything in the folder again
                    } else {
                        created(folder.resolve((Path) event.context()));
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException closed) {
            // FocusFlow is stopping
        }
    }

    private void created(Path entry) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            rewalk(entry);
        } else {
            OwnerOnly.entry(entry);
        }
    }

    private void rewalk(Path dir) {
        try {
            register(dir);
        } catch (IOException | ClosedWatchServiceException goneOrStopping) {
            // the folder went away again (a temp folder), or FocusFlow is stopping
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
