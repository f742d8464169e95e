package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ctrl-C at a prompt, on a real JLine terminal and reader (raised as the terminal raises a SIGINT). */
class ShellInterruptTest {

    private final AtomicInteger stops = new AtomicInteger();
    private final AtomicInteger readerInterrupts = new AtomicInteger();
    private Terminal terminal;
    private LineReader reader;

    @BeforeEach
    void promptWithTheReadersOwnHandler() throws IOException {
        terminal = TerminalBuilder.builder().system(false).type("dumb")
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build();
        reader = LineReaderBuilder.builder().terminal(terminal).build();
        // what the reader installs for a prompt: interrupt the line being read
        terminal.handle(Terminal.Signal.INT, signal -> readerInterrupts.incrementAndGet());
        new ShellInterrupt(stops::incrementAndGet).wrapInterrupt(reader);
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    @Test
    void ctrlCOnAnEmptyLineStopsFocusFlow() {
        terminal.raise(Terminal.Signal.INT);

        assertThat(stops).hasValue(1);
        assertThat(readerInterrupts).hasValue(0);
    }

    @Test
    void ctrlCWithSomethingTypedOnlyClearsTheLine() {
        reader.getBuffer().write("focus:start");

        terminal.raise(Terminal.Signal.INT);

        assertThat(readerInterrupts).as("the reader's own handler ran").hasValue(1);
        assertThat(stops).hasValue(0);
    }
}
