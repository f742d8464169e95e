package com.focusflow.blocking.internal.web;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.blocking.internal.list.AppNames;
import com.focusflow.blocking.internal.list.Websites;

/**
 * Gogo commands {@code block:add app|site VALUE}, {@code block:remove ID|app|site VALUE}, {@code block:list},
 * {@code block:on}, {@code block:off}, {@code block:status}. A mistake the user can fix is printed as one
 * line on the error stream, never as a stack trace.
 */
@Component(service = BlockCommands.class, property = { "osgi.command.scope=block", "osgi.command.function=add",
        "osgi.command.function=remove", "osgi.command.function=list", "osgi.command.function=on",
        "osgi.command.function=off", "osgi.command.function=status" })
public final class BlockCommands {

    private final BlockListService blockList;
    private final BlockingService blocking;

    @Activate
    public BlockCommands(@Reference BlockListService blockList, @Reference BlockingService blocking) {
        this.blockList = blockList;
        this.blocking = blocking;
    }

    @Descriptor("add a website or an app to the block list, e.g. block:add site youtube.com")
    public String add(@Descriptor("app or site") String type, @Descriptor("host name, URL or process name") String value) {
        return run("block:add", () -> "blocked " + line(blockList.add(ItemType.parse(type), value)));
    }

    @Descriptor("remove an item from the block list by id (see block:list)")
    public String remove(@Descriptor("item id") String id) {
        return run("block:remove", () -> "unblocked " + line(blockList.remove(id)));
    }

    @Descriptor("remove a website or an app from the block list, e.g. block:remove site youtube.com")
    public String remove(@Descriptor("app or site") String type, @Descriptor("host name, URL or process name") String value) {
        return run("block:remove", () -> {
            ItemType itemType = ItemType.parse(type);
            String normalized = itemType == ItemType.WEBSITE ? Websites.normalize(value) : AppNames.key(value);
            BlockedItem item = blockList.list(itemType).stream().filter(i -> i.value().equals(normalized)).findFirst()
                    .orElseThrow(() -> FocusFlowException.notFound("%s '%s' is not on the block list", itemType, normalized));
            return "unblocked " + line(blockList.remove(item.id()));
        });
    }

    @Descriptor("list the block list")
    public String list() {
        return run("block:list", this::listing);
    }

    private String listing() {
        List<BlockedItem> items = blockList.list();
        if (items.isEmpty()) {
            return "The block list is empty; add items with block:add site youtube.com or block:add app discord";
        }
        return items.stream().map(BlockCommands::line).collect(Collectors.joining(System.lineSeparator()));
    }

    @Descriptor("enable blocking during focus sessions")
    public String on() {
        return run("block:on", () -> describe(blocking.setEnabled(true)));
    }

    @Descriptor("disable blocking (refused during a strict session)")
    public String off() {
        return run("block:off", () -> describe(blocking.setEnabled(false)));
    }

    @Descriptor("show whether blocking is enabled and engaged, and each blocker's health")
    public String status() {
        return run("block:status", () -> describe(blocking.status()));
    }

    // Gogo answers a call with the wrong number of arguments with a raw IllegalArgumentException ("Cannot
    // coerce ..."): these overloads take the wrong counts and say what the command expects instead.

    public String add() {
        return usage("block:add", "site|app VALUE");
    }

    public String add(String only) {
        return add();
    }

    public String add(String type, String value, String extra, String... more) {
        return add();
    }

    public String remove() {
        return usage("block:remove", "ID, or site|app VALUE");
    }

    public String remove(String type, String value, String extra, String... more) {
        return remove();
    }

    public String list(String extra, String... more) {
        return usage("block:list", "no arguments");
    }

    public String on(String extra, String... more) {
        return usage("block:on", "no arguments");
    }

    public String off(String extra, String... more) {
        return usage("block:off", "no arguments");
    }

    public String status(String extra, String... more) {
        return usage("block:status", "no arguments");
    }

    private static String usage(String command, String expected) {
        return run(command, () -> {
            throw FocusFlowException.invalidInput("wrong number of arguments; expected %s", expected);
        });
    }

    /** The command's output, or null after printing the error for the user. */
    private static String run(String command, Supplier<String> action) {
        try {
            return action.get();
        } catch (FocusFlowException e) {
            PrintStream err = System.err;
            err.println(command + ": " + e.getMessage());
            return null;
        }
    }

    static String line(BlockedItem item) {
        return String.format(Locale.ROOT, "%-4s %-8s %-40s %s", item.id(), item.type(), item.value(),
                item.enabled() ? "enabled" : "disabled");
    }

    static String describe(BlockingStatus status) {
        StringBuilder out = new StringBuilder();
        out.append("blocking ").append(status.enabled() ? "enabled" : "disabled").append(", ")
                .append(status.engaged() ? "engaged" : "not engaged");
        status.blockers().forEach(b -> out.append(System.lineSeparator()).append("  ").append(b.name()).append(": ")
                .append(b.health()).append(b.message() == null ? "" : " - " + b.message()));
        return out.toString();
    }
}
