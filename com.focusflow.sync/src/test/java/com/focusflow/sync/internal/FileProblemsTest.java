package com.focusflow.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class FileProblemsTest {

    @Test
    void eachFileProblemIsOneLineWithoutTheExceptionsName() {
        assertThat(FileProblems.describe(new NoSuchFileException("/nowhere/x.json")))
                .isEqualTo("no such file or folder: /nowhere/x.json");
        assertThat(FileProblems.describe(new AccessDeniedException("/root/x.json"))).isEqualTo("permission denied: /root/x.json");
        assertThat(FileProblems.describe(new FileSystemException("/tmp/d", null, "Is a directory")))
                .isEqualTo("Is a directory: /tmp/d");
        assertThat(FileProblems.describe(new InvalidPathException("a\u0000b", "Nul character not allowed")))
                .isEqualTo("not a valid path: 'a\u0000b' (Nul character not allowed)");
    }
}
