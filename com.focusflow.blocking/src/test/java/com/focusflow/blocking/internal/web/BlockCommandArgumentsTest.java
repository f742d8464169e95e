package com.focusflow.blocking.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.engage.TestControllers;
import com.focusflow.blocking.internal.list.BlockList;
import com.focusflow.blocking.internal.list.MemoryBlockListStore;
import com.focusflow.blocking.testing.RecordingEvents;
import com.focusflow.testing.CommandOutput;
import com.focusflow.testing.Gen;
import com.focusflow.testing.Tries;

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

    @AfterAll
    static void stop() {
        CONTROLLER.close();
    }

    private static String type(Gen gen) {
        return gen.anyOf(() -> gen.oneOf("site", "website", "app", "APP", " site", "sites", "", "-"), () -> gen.string(20));
    }

    private static String value(Gen gen) {
        return gen.anyOf(() -> gen.string(300), () -> gen.string(0, 60, "abcxyz.-_:/?#@ \n\r\t*0123456789[]%\\\u0000"),
                () -> gen.oneOf("youtube.com", "https://www.youtube.com/x", "discord", "discord.exe", "java", "bash",
                        "systemd-logind", "localhost", "127.0.0.1", "xn--nxasmq6b.com", "ümlaut.de", "a..b", "a\nb.com"));
    }

    private record Add(String type, String value) {
    }

    private record Remove(String id, String type, String value) {
    }

    @Test
    void addWithAnyArguments() {
        Tries.check(1000, gen -> new Add(type(gen), value(gen)), args -> {
            List<BlockedItem> before = LIST.list();
            CommandOutput answer = CommandOutput.capture(() -> COMMANDS.add(args.type(), args.value()));
            if (answer.output() == null) {
                assertThat(answer.errors()).startsWith("block:add: ").doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(LIST.list()).isEqualTo(before);
                return;
            }
            BlockedItem added = LIST.list().stream().filter(i -> answer.output().contains(" " + i.value() + " ")).findFirst().orElseThrow();
            if (added.type() == ItemType.WEBSITE) {
                assertThat(added.value()).matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
            } else {
                assertThat(added.value()).doesNotContain("/", "\\", "*", "?", "\n", "\r").isNotBlank();
            }
        });
    }

    @Test
    void removeWithAnyArguments() {
        Tries.check(1000, gen -> new Remove(value(gen), type(gen), value(gen)), args -> {
            for (Supplier<String> command : List.<Supplier<String>>of(() -> COMMANDS.remove(args.id()),
                    () -> COMMANDS.remove(args.type(), args.value()))) {
                CommandOutput answer = CommandOutput.capture(command);
                if (answer.output() == null) {
                    assertThat(answer.errors()).startsWith("block:remove: ").doesNotContain("Exception").doesNotContain("\tat ");
                }
            }
        });
    }
}
