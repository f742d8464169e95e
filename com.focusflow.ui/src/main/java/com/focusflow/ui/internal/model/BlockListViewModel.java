package com.focusflow.ui.internal.model;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The block-list panel: the items that are blocked (websites and apps), adding one with the service's
 * validation message shown inline, removing one, blocking on or off, and each blocker's health as one
 * short line with the full fix behind it. Either service may come and go; the panel then says it is
 * unavailable and comes back by itself. During a strict session ({@link #lockedProperty()}) the list may
 * grow but not shrink: removing and turning blocking off are refused here already (the service refuses
 * them too) and the panel says until when.
 */
public final class BlockListViewModel {
    static final String UNAVAILABLE = "Blocking is unavailable right now (being updated?); it comes back by itself.";
    static final String WEBSITES = "hosts";
    private static final Map<String, String> BLOCKER_NAMES = Map.of(WEBSITES, "Website blocking", "processes", "App blocking");
    // What looks like a website rather than a process name: a URL, or a dotted name whose last label has letters.
    private static final Pattern LOOKS_LIKE_HOST = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*://.*|[^\\s/]+\\.[a-z][a-z0-9-]*/?.*)$");

    /** One blocked item as a row. */
    public record Row(String id, ItemType type, String value) {
        /** What a screen reader says for the row's Remove button. */
        public String removeText() {
            return "Remove " + type.value() + " " + value;
        }

        /** The names a website blocks besides itself ("also www.x.com, m.x.com"); empty for an app. */
        public String variants() {
            return type == ItemType.WEBSITE ? "also www." + value + ", m." + value : "";
        }
    }

    /**
     * One blocker's health: a short line for the panel and the full message (the fix) for the dialog.
     *
     * @param ok whether the blocker works
     * @param line e.g. "Website blocking works" or "Website blocking needs attention"
     * @param details the blocker's full message with the steps to fix it; empty when it works
     */
    public record HealthLine(String blocker, boolean ok, String line, String details) {
    }

    private final UiThreads threads;
    private volatile BlockListService list;
    private volatile BlockingService blocking;

    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final ObservableList<HealthLine> health = FXCollections.observableArrayList();
    private final ObjectProperty<ItemType> newType = new SimpleObjectProperty<>(ItemType.WEBSITE);
    private final StringProperty newValue = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(UNAVAILABLE);
    private final ReadOnlyStringWrapper websiteProblem = new ReadOnlyStringWrapper("");
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final StringProperty lockedUntil = new SimpleStringProperty("");
    // Set while the enabled flag is shown from the service, so that showing it does not set it back.
    private boolean showingEnabled;
    // Set when the user picked the type; typing then no longer guesses it.
    private boolean typeChosen;
    private boolean settingType;
    private BlockingStatus lastStatus;

    public BlockListViewModel(UiThreads threads) {
        this.threads = threads;
        enabled.addListener((o, old, value) -> {
            if (!showingEnabled) {
                setEnabled(value);
            }
        });
        newType.addListener((o, old, value) -> typeChosen |= !settingType);
        newValue.addListener((o, old, text) -> {
            ItemType inferred = typeChosen || text == null ? null : inferType(text);
            if (inferred != null) {
                setType(inferred);
            }
        });
    }

    public void listServiceChanged(BlockListService service) {
        list = service;
        refresh();
    }

    public void blockingServiceChanged(BlockingService service) {
        blocking = service;
        refresh();
    }

    /** Reads the items, the enabled flag and the blockers' health again. */
    public void refresh() {
        BlockListService l = list;
        BlockingService b = blocking;
        if (l == null || b == null) {
            threads.fx().execute(this::showUnavailable);
            return;
        }
        threads.call(() -> new Snapshot(l.list(), b.status()), snapshot -> {
            show(snapshot);
        }, e -> {
            showUnavailable();
        });
    }

    /**
     * Reads only the blockers' health (cheap by the Blocker contract) and refreshes the panel when it
     * changed; called every second or two while the window is open, as no event announces a health change.
     */
    public void pollHealth() {
        BlockingService b = blocking;
        if (b == null) {
            return;
        }
        threads.call(b::status, status -> {
            if (lastStatus == null || !lastStatus.equals(status)) {
                refresh();
            }
        }, e -> {
            showUnavailable();
        });
    }

    /**
     * Adds what the user typed; the service's validation message appears inline and nothing changes. An
     * item that is already on the list says so; a rewritten one (URL, www.) says what was stored. The
     * type goes back to "website" afterwards, so the next entry is not taken for an app by accident.
     */
    public void add() {
        BlockListService l = list;
        if (l == null) {
            showUnavailable();
            return;
        }
        ItemType type = newType.get();
        String raw = newValue.get() == null ? "" : newValue.get().strip();
        List<Row> before = List.copyOf(items);
        threads.call(() -> l.add(type, raw), added -> {
            error.set("");
            boolean duplicate = before.stream().anyMatch(r -> r.type() == added.type() && r.value().equals(added.value()));
            note.set(duplicate ? added.value() + " is already on the block list."
                    : noteFor(raw, added));
            newValue.set("");
            typeChosen = false;
            setType(ItemType.WEBSITE);
            refresh();
        }, e -> {
            note.set("");
            error.set(Formats.problem(e, "Blocking"));
        });
    }

    /** Says what was stored when it differs from what was typed, and which variants a website blocks. */
    static String noteFor(String raw, BlockedItem added) {
        if (added.type() == ItemType.APP) {
            return raw.equalsIgnoreCase(added.value()) ? "" : "Added the app " + added.value() + " (from " + raw + ").";
        }
        String what = raw.equalsIgnoreCase(added.value()) ? "Added " + added.value()
                : "Added " + added.value() + " (from " + raw + "; websites are blocked by host name)";
        return what + ": www." + added.value() + " and m." + added.value() + " are blocked too.";
    }

    /**
     * A URL or dotted host name is a website, a name ending in .exe an app; anything else is left as the
     * user has it (website by default), so that a typo is refused as a host name, never stored as an app.
     */
    static ItemType inferType(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith(".exe")) {
            return ItemType.APP;
        }
        return LOOKS_LIKE_HOST.matcher(t).matches() ? ItemType.WEBSITE : null;
    }

    private void setType(ItemType type) {
        settingType = true;
        newType.set(type);
        settingType = false;
    }

    /** Removes an item from the list (it stays known: adding it again brings it back); not while strict. */
    public void remove(Row row) {
        if (locked.get()) {
            error.set(lockMessage("removed"));
            return;
        }
        BlockListService l = list;
        if (l == null) {
            showUnavailable();
            return;
        }
        threads.call(() -> l.remove(row.id()), refreshing());
    }

    private void setEnabled(boolean value) {
        if (!value && locked.get()) {
            error.set(lockMessage("turned off"));
            showEnabled(true);
            return;
        }
        BlockingService b = blocking;
        if (b == null) {
            showUnavailable();
            return;
        }
        threads.call(() -> b.setEnabled(value), refreshing());
    }

    private String lockMessage(String what) {
        String until = lockedUntil.get();
        return "During a strict session the block list can grow but not shrink: nothing can be " + what
                + (until.isEmpty() ? "" : " until it ends at " + until) + ".";
    }

    private <T> UiThreads.ResultHandler<T> refreshing() {
        return new UiThreads.ResultHandler<>() {
            @Override
            public void done(T result) {
                error.set("");
                refresh();
            }

            @Override
            public void failed(RuntimeException e) {
                error.set(Formats.problem(e, "Blocking"));
                refresh(); // e.g. "not during a strict session": show the flag as it really is
            }
        };
    }

    private void show(Snapshot snapshot) {
        available.set(true);
        lastStatus = snapshot.status;
        items.setAll(snapshot.items.stream().filter(BlockedItem::enabled)
                .map(i -> new Row(i.id(), i.type(), i.value())).toList());
        showEnabled(snapshot.status.enabled());
        status.set(!snapshot.status.enabled() ? "Blocking is off"
                : snapshot.status.engaged() ? "Blocking now" : "Blocking starts with the next focus session");
        health.setAll(snapshot.status.blockers().stream().map(BlockListViewModel::describe).toList());
        websiteProblem.set(snapshot.status.blockers().stream()
                .filter(b -> b.name().equals(WEBSITES) && b.health() != HealthStatus.UP)
                .map(b -> "Website blocking will not work: " + shortReason(b))
                .findFirst().orElse(""));
    }

    private void showEnabled(boolean value) {
        showingEnabled = true;
        enabled.set(value);
        showingEnabled = false;
    }

    private void showUnavailable() {
        available.set(false);
        lastStatus = null;
        status.set(UNAVAILABLE);
        items.clear();
        health.clear();
        websiteProblem.set("");
    }

    /** "Website blocking works", or "Website blocking needs attention" with the full fix as details. */
    static HealthLine describe(BlockerHealth blocker) {
        String name = BLOCKER_NAMES.getOrDefault(blocker.name(), blocker.name());
        if (blocker.health() == HealthStatus.UP) {
            return new HealthLine(blocker.name(), true, name + " works", "");
        }
        String details = blocker.message() == null || blocker.message().isBlank() ? blocker.health().name() : blocker.message();
        return new HealthLine(blocker.name(), false,
                name + (blocker.health() == HealthStatus.DOWN ? " failed: " : ": ") + shortReason(blocker), details);
    }

    /** The first sentence (or clause) of a blocker's message, at most about 60 characters. */
    static String shortReason(BlockerHealth blocker) {
        String message = blocker.message() == null || blocker.message().isBlank() ? "not working" : blocker.message().strip();
        int cut = message.length();
        for (String stop : new String[] { ". ", ": ", "; ", "\n" }) {
            int at = message.indexOf(stop);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String first = message.substring(0, cut);
        if (first.length() > 60) {
            int space = first.lastIndexOf(' ', 57);
            first = first.substring(0, space > 20 ? space : 57) + "…";
        }
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    private record Snapshot(List<BlockedItem> items, BlockingStatus status) {
    }

    public ObservableList<Row> items() {
        return items;
    }

    public ObservableList<HealthLine> health() {
        return health;
    }

    public ObjectProperty<ItemType> newTypeProperty() {
        return newType;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last add did when it is worth saying (already listed, rewritten, the variants). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Website blocking will not work: ..." while the hosts blocker is not up; else empty. */
    public ReadOnlyStringProperty websiteProblemProperty() {
        return websiteProblem.getReadOnlyProperty();
    }

    /** True during a strict session (bound to the session panel's). */
    public BooleanProperty lockedProperty() {
        return locked;
    }

    /** When the strict session ends, "10:42", for the lock message. */
    public StringProperty lockedUntilProperty() {
        return lockedUntil;
    }
}
