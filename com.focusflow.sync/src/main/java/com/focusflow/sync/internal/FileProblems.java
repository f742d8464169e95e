package com.focusflow.sync.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

/** A file problem of sync:export or sync:import as one line for the user, not a Java exception's text. */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException fs) {
            return (fs.getReason() == null ? "cannot use the file" : fs.getReason()) + ": " + fs.getFile();
        }
        if (e instanceof InvalidPathException path) {
            return "not a valid path: '" + path.getInput() + "' (" + path.getReason() + ")";
        }
        return e.getMessage() == null ? "cannot read or write the file" : e.getMessage();
    }
}
