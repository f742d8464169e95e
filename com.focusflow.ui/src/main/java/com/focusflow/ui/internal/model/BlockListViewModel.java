package com.focusflow.ui.internal.model;

import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthStatus;
import java.util.List;
import java.util.Map;
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
 * validation message shown inline, removing one, blocking on or off, and each blocker's health with its
 * fix. Either service may come and go; the panel then says it is unavailable and comes back by itself.
 */
public final class BlockListViewModel {
    static final String UNAVAILABLE = "Blocking is unavailable right now (being updated?); it comes back by itself.";
    private static final Map<String, String> BLOCKER_NAMES = Map.of("hosts", "Website blocking", "processes", "App blocking");

    /** One blocked item as a row. */
    public record Row(String id, ItemType type, String value) {
        /** What a screen reader says for the row's Remove button. */
        public String removeText() {
            return "Remove " + type.value() + " " + value;
        }
    }

    private final UiThreads threads;
    private volatile BlockListService list;
    private volatile BlockingService blocking;

    private final ObservableList<Row> items = FXCollections.observableArrayList();
    private final ObservableList<String> health = FXCollections.observableArrayList();
    private final ObjectProperty<ItemType> newType = new SimpleObjectProperty<>(ItemType.WEBSITE);
    private final StringProperty newValue = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(UNAVAILABLE);
    // Set while the enabled flag is shown from the service, so that showing it does not set it back.
    private boolean showingEnabled;

    public BlockListViewModel(UiThreads threads) {
        this.threads = threads;
        enabled.addListener((o, old, value) -> {
            if (!showingEnabled) {
                setEnabled(value);
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
        threads.call(() -> new Snapshot(l.list(), b.status()), new UiThreads.ResultHandler<Snapshot>() {
            @Override
            public void done(Snapshot snapshot) {
                show(snapshot);
            }

            @Override
            public void failed(RuntimeException e) {
                showUnavailable();
            }
        });
    }

    /** Adds what the user typed; the service's validation message appears inline and nothing changes. */
    public void add() {
        BlockListService l = list;
        if (l == null) {
            showUnavailable();
            return;
        }
        ItemType type = newType.get();
        String raw = newValue.get();
        threads.call(() -> l.add(type, raw), new UiThreads.ResultHandler<BlockedItem>() {
            @Override
            public void done(BlockedItem added) {
                error.set("");
                newValue.set("");
                refresh();
            }

            @Override
            public void failed(RuntimeException e) {
                error.set(Formats.problem(e, "Blocking"));
            }
        });
    }

    /** Removes an item from the list (it stays known: adding it again brings it back). */
    public void remove(Row row) {
        BlockListService l = list;
        if (l == null) {
            showUnavailable();
            return;
        }
        threads.call(() -> l.remove(row.id()), refreshing());
    }

    private void setEnabled(boolean value) {
        BlockingService b = blocking;
        if (b == null) {
            showUnavailable();
            return;
        }
        threads.call(() -> b.setEnabled(value), refreshing());
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
        items.setAll(snapshot.items.stream().filter(BlockedItem::enabled)
                .map(i -> new Row(i.id(), i.type(), i.value())).toList());
        showingEnabled = true;
        enabled.set(snapshot.status.enabled());
        showingEnabled = false;
        status.set(!snapshot.status.enabled() ? "Blocking is off"
                : snapshot.status.engaged() ? "Blocking now" : "Blocking starts with the next focus session");
        health.setAll(snapshot.status.blockers().stream().map(BlockListViewModel::describe).toList());
    }

    private void showUnavailable() {
        available.set(false);
        status.set(UNAVAILABLE);
        items.clear();
        health.clear();
    }

    /** "Website blocking works", or "Website blocking needs attention: <the fix>". */
    static String describe(BlockerHealth blocker) {
        String name = BLOCKER_NAMES.getOrDefault(blocker.name(), blocker.name());
        if (blocker.health() == HealthStatus.UP) {
            return name + " works";
        }
        String problem = blocker.message() == null ? blocker.health().name() : blocker.message();
        return name + (blocker.health() == HealthStatus.DOWN ? " failed: " : " needs attention: ") + problem;
    }

    private record Snapshot(List<BlockedItem> items, BlockingStatus status) {
    }

    public ObservableList<Row> items() {
        return items;
    }

    public ObservableList<String> health() {
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

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
