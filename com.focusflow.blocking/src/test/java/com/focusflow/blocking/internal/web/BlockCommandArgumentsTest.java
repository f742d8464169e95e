package com.focusflow.blocking.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.engage.TestControllers;
import com.focusflow.blocking.internal.list.BlockList;
import com.focusflow.blocking.internal.list.MemoryBlockListStore;
import com.focusflow.blocking.testing.RecordingEvents;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever follows block:add and block:remove, the command answers or prints one clear line naming the
 * command, never a stack trace; a refused add changes nothing, and what is stored is a plain host name or
 * process name.
 */
class BlockCommandArgumentsTest {

    private static final RecordingEvents EVENTS = new RecordingEvents();
    private static final BlockList LIST = new BlockList(new MemoryBlockListStore(), EVENTS);
    private static final TestControllers.Handle CONTROLLER = TestControllers.create(LIST, new BlockingSettings() {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public void setEnabled(boolean enabled) {
            // not under test
        }
    }, EVENTS);
    private static final BlockCommands COMMANDS = new BlockCommands(LIST, CONTROLLER.service());

    @AfterContainer
    static void stop() {
        CONTROLLER.close();
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.oneOf(Arbitraries.of("site", "website", "app", "APP", " site", "sites", "", "-"),
                Arbitraries.strings().ofMaxLength(20));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("abcxyz.-_:/?#@ \n\r\t*0123456789[]%\\\u0000").ofMaxLength(60),
                Arbitraries.of("youtube.com", "https://www.youtube.com/x", "discord", "discord.exe", "java", "bash",
                        "systemd-logind", "localhost", "127.0.0.1", "xn--nxasmq6b.com", "ümlaut.de", "a..b", "a\nb.com"));
    }

    @Property
    void addWithAnyArguments(@ForAll("types") String type, @ForAll("values") String value) {
        List<BlockedItem> before = LIST.list();
        Answer answer = capture(() -> COMMANDS.add(type, value));
        if (answer.output == null) {
            assertThat(answer.errors).startsWith("block:add: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(LIST.list()).isEqualTo(before);
            return;
        }
        BlockedItem added = LIST.list().stream().filter(i -> answer.output.contains(" " + i.value() + " ")).findFirst().orElseThrow();
        if (added.type() == ItemType.WEBSITE) {
            assertThat(added.value()).matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
        } else {
            assertThat(added.value()).doesNotContain("/", "\\", "*", "?", "\n", "\r").isNotBlank();
        }
    }

    @Property
    void removeWithAnyArguments(@ForAll("values") String id, @ForAll("types") String type, @ForAll("values") String value) {
        for (Supplier<String> command : List.<Supplier<String>>of(() -> COMMANDS.remove(id), () -> COMMANDS.remove(type, value))) {
            Answer answer = capture(command);
            if (answer.output == null) {
                assertThat(answer.errors).startsWith("block:remove: ").doesNotContain("Exception").doesNotContain("\tat ");
            }
        }
    }

    private record Answer(String output, String errors) {
    }

    private static Answer capture(Supplier<String> command) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String output = command.get();
            return new Answer(output, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
