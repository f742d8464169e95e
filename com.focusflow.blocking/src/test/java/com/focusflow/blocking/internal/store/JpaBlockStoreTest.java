package com.focusflow.blocking.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.persistence.internal.migration.MigrationScripts;
import com.focusflow.persistence.internal.migration.SchemaMigrator;

/** The real JPA unit and migration on a SQLite file, as in FocusFlow but outside OSGi. */
class JpaBlockStoreTest {

    @TempDir
    Path dir;

    private DataSource dataSource;
    private JpaBlockStore store;
    private final Instant t0 = Instant.parse("2026-01-05T09:30:00Z");

    @BeforeEach
    void open() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + dir.resolve("focusflow.db"));
        dataSource = ds;
        new SchemaMigrator(BlockDatabase.MODULE,
                MigrationScripts.fromCodeSource(BlockedItemEntity.class, MigrationScripts.DEFAULT_FOLDER)).migrate(ds);
        store = new JpaBlockStore(new PersistenceProvider().createEntityManagerFactory(BlockDatabase.UNIT,
                Map.of("javax.persistence.nonJtaDataSource", ds)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addsListsAndSoftDeletes() {
        BlockedItem youtube = store.add(ItemType.WEBSITE, "youtube.com", t0);
        BlockedItem steam = store.add(ItemType.APP, "steam", t0);
        BlockedItem arte = store.add(ItemType.WEBSITE, "arte.tv", t0);

        assertThat(store.list(null)).containsExactly(steam, arte, youtube);
        assertThat(store.list(ItemType.WEBSITE)).containsExactly(arte, youtube);
        assertThat(youtube.id()).isNotEqualTo(steam.id());

        Instant t1 = t0.plus(1, ChronoUnit.MINUTES);
        BlockedItem removed = store.setEnabled(youtube.id(), false, t1).orElseThrow();
        assertThat(removed.enabled()).isFalse();
        assertThat(removed.updatedAt()).isEqualTo(t1);
        assertThat(store.get(youtube.id())).contains(removed);
        assertThat(store.setEnabled(youtube.id(), false, t1.plusSeconds(5)).orElseThrow().updatedAt())
                .as("no change, no new time").isEqualTo(t1);
    }

    @Test
    void addingAnExistingItemEnablesItInsteadOfDuplicating() {
        BlockedItem first = store.add(ItemType.WEBSITE, "youtube.com", t0);
        store.setEnabled(first.id(), false, t0.plusSeconds(1));
        BlockedItem again = store.add(ItemType.WEBSITE, "youtube.com", t0.plusSeconds(2));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.enabled()).isTrue();
        assertThat(store.list(null)).hasSize(1);
        assertThat(store.add(ItemType.APP, "youtube.com", t0).id()).as("other type, other item").isNotEqualTo(first.id());
    }

    @Test
    void unknownIdsAreEmpty() {
        assertThat(store.get("42")).isEmpty();
        assertThat(store.get("not-a-number")).isEmpty();
        assertThat(store.setEnabled("42", true, t0)).isEmpty();
    }

    @Test
    void theEnabledFlagIsStoredAndEnabledByDefault() {
        assertThat(store.enabled()).isTrue();
        store.setEnabled(false);
        assertThat(store.enabled()).isFalse();
        store.setEnabled(true);
        assertThat(store.enabled()).isTrue();
    }

    @Test
    void theTableRefusesDuplicatesAndUnknownTypesItself() throws SQLException {
        store.add(ItemType.APP, "steam", t0);
        assertThatThrownBy(() -> execute("INSERT INTO blocked_items (id, item_type, value, enabled, updated_at) "
                + "VALUES (99, 'app', 'steam', 1, 0)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("INSERT INTO blocked_items (id, item_type, value, enabled, updated_at) "
                + "VALUES (98, 'url', 'x', 1, 0)")).isInstanceOf(SQLException.class);
        execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'blocked_items_item_type'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void anImportMergesInOneTransactionKeepingFreeIds() {
        BlockedItem youtube = store.add(ItemType.WEBSITE, "youtube.com", t0);
        Instant t1 = t0.plusSeconds(30);
        List<BlockedItem> incoming = List.of(new BlockedItem("1", ItemType.WEBSITE, "youtube.com", false, t1),
                new BlockedItem("1", ItemType.APP, "steam", true, t0), new BlockedItem("7", ItemType.WEBSITE, "arte.tv", false, t0));

        assertThat(store.merge(incoming)).isEqualTo(new SectionReport(2, 1, 0));

        assertThat(store.list(null)).containsExactly(new BlockedItem("8", ItemType.APP, "steam", true, t0),
                new BlockedItem("7", ItemType.WEBSITE, "arte.tv", false, t0),
                new BlockedItem(youtube.id(), ItemType.WEBSITE, "youtube.com", false, t1));
        assertThat(store.merge(incoming)).isEqualTo(new SectionReport(0, 0, 3));
        assertThat(store.add(ItemType.WEBSITE, "example.org", t1).id()).as("new ids follow the imported ones").isEqualTo("9");
    }

    /**
     * A user's add and a sync merge at the same time: each must see the other's committed rows when it picks
     * ids (and finds existing items), or both take the same "next free" id and one fails with a primary-key
     * (or unique) error. The merge brings items with the ids they have on the peer, which are the ids this
     * device hands out next, and some of the values the user adds, so every round collides if the reads run
     * outside the write lock.
     */
    @Test
    void anAddDuringAnImportNeverCollidesWithTheImportsIds() throws Exception {
        int rounds = 30;
        int perRound = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int r = 0; r < rounds; r++) {
                int round = r;
                long next = store.list(null).stream().mapToLong(i -> Long.parseLong(i.id())).max().orElse(0) + 1;
                List<BlockedItem> incoming = new ArrayList<>();
                for (int i = 0; i < perRound; i++) {
                    incoming.add(new BlockedItem(Long.toString(next + i), ItemType.WEBSITE, "peer" + round + "-" + i + ".example",
                            true, t0));
                }
                incoming.add(new BlockedItem(Long.toString(next + perRound), ItemType.WEBSITE, "both" + round + ".example",
                        true, t0));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<SectionReport> merged = pool.submit(() -> {
                    start.await();
                    return store.merge(incoming);
                });
                Future<List<BlockedItem>> added = pool.submit(() -> {
                    start.await();
                    List<BlockedItem> mine = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        mine.add(store.add(ItemType.WEBSITE, "user" + round + "-" + i + ".example", t0.plusSeconds(1)));
                    }
                    mine.add(store.add(ItemType.WEBSITE, "both" + round + ".example", t0.plusSeconds(1)));
                    return mine;
                });
                assertThat(merged.get(60, TimeUnit.SECONDS).added() + merged.get().updated() + merged.get().unchanged())
                        .isEqualTo(perRound + 1);
                assertThat(added.get(60, TimeUnit.SECONDS)).hasSize(6);
            }
        } finally {
            pool.shutdownNow();
        }
        List<BlockedItem> all = store.list(null);
        assertThat(all).hasSize(rounds * (perRound + 1 + 5));
        assertThat(all.stream().map(BlockedItem::id).distinct()).hasSameSizeAs(all);
        assertThat(all).allMatch(BlockedItem::enabled);
    }
}
