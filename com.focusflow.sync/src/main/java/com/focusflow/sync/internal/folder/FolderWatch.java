package com.focusflow.sync.internal.folder;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls back when something in the folder changes, on a thread of its own. Only a hint: network and FUSE
 * folders often send nothing, which is why the folder is also scanned on a timer.
 */
final class FolderWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final WatchService watch;
    private final Thread thread;

    private FolderWatch(WatchService watch, Runnable onChange) {
        this.watch = watch;
        this.thread = new Thread(() -> run(onChange), "focusflow-sync-folder-watch");
        thread.setDaemon(true);
    }

    /** Watches {@code folder}; null if it cannot be watched (the timer still scans it). */
    static FolderWatch start(Path folder, Runnable onChange) {
        try {
            WatchService watch = folder.getFileSystem().newWatchService();
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            FolderWatch started = new FolderWatch(watch, onChange);
            started.thread.start();
            return started;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("Sync folder: {} cannot be watched ({}); it is scanned on the timer only", folder, e.toString());
            return null;
        }
    }

    private void run(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                key.pollEvents();
                onChange.run();
                if (!key.reset()) {
                    LOG.info("Sync folder: the folder went away; the timer will notice when it is back");
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    /** False once the folder went away (or the watch was closed). */
    boolean alive() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service failed", e);
        }
    }
}
