package com.focusflow.session.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.terminal.Terminal;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C in the interactive shell: on an empty line it stops FocusFlow, as {@code stop 0} does and as Ctrl-C
 * does headless; with something typed it only clears the line, and while a command runs it interrupts that
 * command (both as in every Gogo shell). JLine replaces the SIGINT handling at every prompt, so the hook is
 * JLine's {@code callback-init} widget, which the reader runs at each prompt once its own interrupt handler
 * is in place: that handler is wrapped for the prompt, and the reader puts the shell's back afterwards.
 */
@Component
public final class ShellInterrupt implements CommandSessionListener {

    /** Gogo's JLine shell keeps its line reader in this session variable. */
    static final String READER = ".reader";
    private static final String HOOKED = ".focusflow.interrupt";
    private static final Logger LOG = LoggerFactory.getLogger(ShellInterrupt.class);

    private final Runnable stopFocusFlow;

    @Activate
    public ShellInterrupt(BundleContext context) {
        this(() -> stopFramework(context));
    }

    ShellInterrupt(Runnable stopFocusFlow) {
        this.stopFocusFlow = stopFocusFlow;
    }

    /** Hooks a session's reader once, before its first prompt (the login profile runs through here). */
    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        if (session.get(READER) instanceof LineReader reader && session.get(HOOKED) == null) {
            session.put(HOOKED, Boolean.TRUE);
            Widget previous = reader.getWidgets().get(LineReader.CALLBACK_INIT);
            reader.getWidgets().put(LineReader.CALLBACK_INIT, () -> {
                wrapInterrupt(reader);
                return previous == null || previous.apply();
            });
        }
    }

    /** For this prompt: Ctrl-C on an empty line stops FocusFlow, otherwise the reader's handler runs. */
    void wrapInterrupt(LineReader reader) {
        Terminal terminal = reader.getTerminal();
        AtomicReference<Terminal.SignalHandler> readers = new AtomicReference<>();
        readers.set(terminal.handle(Terminal.Signal.INT, signal -> {
            Terminal.SignalHandler clearLine = readers.get();
            if (reader.getBuffer().length() == 0) {
                reader.printAbove("Ctrl-C on an empty line: stopping FocusFlow");
                stopFocusFlow.run();
            } else if (clearLine != null) {
                clearLine.handle(signal);
            }
        }));
    }

    private static void stopFramework(BundleContext context) {
        try {
            context.getBundle(0).stop(); // the launcher sees the framework stopping: a requested stop, exit 0
        } catch (BundleException | IllegalStateException e) {
            LOG.warn("Ctrl-C could not stop FocusFlow ({}); type 'stop 0'", e.toString());
        }
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        // nothing to do after a command
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        // nothing to do after a command
    }
}
