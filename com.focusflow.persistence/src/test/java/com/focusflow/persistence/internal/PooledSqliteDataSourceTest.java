package com.focusflow.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ops4j.pax.jdbc.sqlite.impl.SqliteDataSourceFactory;
import org.osgi.framework.BundleContext;

import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;

/** The real pool over the real pax-jdbc factory and SQLite driver, without OSGi. */
class PooledSqliteDataSourceTest {

    @TempDir
    Path home;
    PooledSqliteDataSource ds;

    @AfterEach
    void close() {
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void opensNothingUntilAskedThenEveryConnectionIsSetUp() throws Exception {
        ds = new PooledSqliteDataSource(context(home), Configs.database("data/focusflow.db", 3_000, 2),
                new SqliteDataSourceFactory());
        Path file = home.resolve("data/focusflow.db");
        assertThat(file).doesNotExist();

        try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
            assertThat(pragma(a, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(b, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(b, "busy_timeout")).isEqualTo("3000");
        }
        assertThat(Files.exists(file)).isTrue();
        assertThat(ds.health()).singleElement().satisfies(item -> assertThat(item.status()).isEqualTo(HealthStatus.UP));
    }

    @Test
    void aDatabaseThatCannotBeOpenedMakesHealthDown() throws Exception {
        Path notADirectory = Files.writeString(home.resolve("file"), "x");
        ds = new PooledSqliteDataSource(context(home), Configs.database(home.resolve("elsewhere/db").toString(), 0, 1),
                new SqliteDataSourceFactory());
        Files.delete(home.resolve("elsewhere"));
        Files.copy(notADirectory, home.resolve("elsewhere"));

        try (Connection c = ds.getConnection()) {
            throw new AssertionError("opened " + c);
        } catch (SQLException expected) {
            assertThat(ds.health()).singleElement().satisfies(item -> {
                assertThat(item.status()).isEqualTo(HealthStatus.DOWN);
                assertThat(item.message()).contains("elsewhere");
            });
        }
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsDegradedUntilTheLockIsGone() throws Exception {
        ds = new PooledSqliteDataSource(context(home), Configs.database("focusflow.db", 10_000, 2),
                new SqliteDataSourceFactory());
        try (Connection c = ds.getConnection()) {
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("focusflow.db"));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            HealthItem locked = awaitHealth(HealthStatus.DEGRADED);
            assertThat(locked.message()).contains("cannot be written").contains("locked").contains("another program");
            lock.execute("ROLLBACK");
        }
        awaitHealth(HealthStatus.UP);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            assertThat(pragma(c, "busy_timeout")).as("the probe gives the connection its busy timeout back").isEqualTo("10000");
            s.execute("CREATE TABLE written (x INTEGER)");
        }
    }

    /** After a write refused by another program's lock, the next transaction is still all or nothing. */
    @Test
    void aTransactionRefusedByALockDoesNotLeaveAConnectionThatCommitsHalfTransactions() throws Exception {
        ds = new PooledSqliteDataSource(context(home), Configs.database("focusflow.db", 200, 1),
                new SqliteDataSourceFactory());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("focusflow.db"));
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> {
                    c.setAutoCommit(false); // the driver begins the transaction here
                    s.execute("INSERT INTO t VALUES (1)");
                }).hasMessageContaining("locked");
                try {
                    c.rollback();
                } catch (SQLException alreadyRolledBackBySqlite) {
                    // what the driver does here is the bug this guards against
                }
            }
            lock.execute("ROLLBACK");
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO t VALUES (2)");
            c.rollback();
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            r.next();
            assertThat(r.getInt(1)).as("rows after two rolled-back transactions").isZero();
        }
    }

    /** The database on a full file system (a 1 MiB tmpfs; needs root, as CI runs). */
    @Test
    void aFullDiskIsDegradedWritesFailCleanlyAndTheFileStaysIntact() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path mount = Files.createDirectory(home.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()) == 0, "mount failed");
        try {
            ds = new PooledSqliteDataSource(context(home), Configs.database(mount.resolve("focusflow.db").toString(), 1_000, 2),
                    new SqliteDataSourceFactory());
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (x BLOB)");
                s.execute("INSERT INTO t VALUES (zeroblob(1000))");
            }
            awaitHealth(HealthStatus.DEGRADED); // 1 MiB is below the free space FocusFlow wants anyway
            Path filler = mount.resolve("filler");
            try (var out = Files.newOutputStream(filler)) {
                while (true) {
                    out.write(new byte[4096]);
                }
            } catch (IOException full) {
                assertThat(full.getMessage()).contains("No space left");
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("INSERT INTO t VALUES (zeroblob(200000))")).hasMessageContaining("full");
            }
            assertThat(ds.health().get(0).message()).contains("KiB free").contains(mount.toString());
            Files.delete(filler);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("ok");
                s.execute("INSERT INTO t VALUES (zeroblob(1000))");
            }
        } finally {
            if (ds != null) {
                ds.close();
                ds = null;
            }
            run("umount", mount.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private HealthItem awaitHealth(HealthStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            HealthItem item = ds.health().get(0);
            if (item.status() == status) {
                return item;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("database health did not become " + status + ": " + ds.health());
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    private static BundleContext context(Path home) {
        return (BundleContext) Proxy.newProxyInstance(PooledSqliteDataSourceTest.class.getClassLoader(),
                new Class<?>[] { BundleContext.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getProperty") && "focusflow.home".equals(args[0])) {
                        return home.toString();
                    }
                    if (method.getName().equals("getDataFile")) {
                        return null; // a framework without storage
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
