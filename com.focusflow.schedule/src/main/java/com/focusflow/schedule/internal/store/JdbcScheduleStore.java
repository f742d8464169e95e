package com.focusflow.schedule.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleAction;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.schedule.internal.plan.ScheduleMerge;

/**
 * The {@code schedules} table with fixed, parameterized statements: one small table needs no JPA unit.
 * Each write is one transaction.
 */
public final class JdbcScheduleStore implements ScheduleStore {

    private static final String COLUMNS = "id, name, days, start_minute, end_minute, action, strict, enabled, updated_at, skipped_start";
    private static final String ALL = "SELECT " + COLUMNS + " FROM schedules";
    private static final String ONE = ALL + " WHERE id = ?";
    private static final String INSERT = "INSERT INTO schedules (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE schedules SET name = ?, days = ?, start_minute = ?, end_minute = ?, action = ?, "
            + "strict = ?, enabled = ?, updated_at = ?, skipped_start = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM schedules WHERE id = ?";

    private final DataSource database;

    public JdbcScheduleStore(DataSource database) {
        this.database = database;
    }

    @Override
    public List<Schedule> all() {
        return read(c -> {
            try (PreparedStatement query = c.prepareStatement(ALL); ResultSet rows = query.executeQuery()) {
                List<Schedule> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(schedule(rows));
                }
                return all;
            }
        });
    }

    @Override
    public Optional<Schedule> get(String id) {
        return read(c -> find(c, id));
    }

    @Override
    public void insert(Schedule schedule) {
        write(c -> insert(c, schedule));
    }

    @Override
    public boolean update(Schedule schedule) {
        return write(c -> update(c, schedule));
    }

    @Override
    public boolean delete(String id) {
        return write(c -> {
            try (PreparedStatement delete = c.prepareStatement(DELETE)) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public SectionReport merge(List<Schedule> incoming) {
        return write(c -> {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Schedule schedule : incoming) {
                switch (ScheduleMerge.outcome(find(c, schedule.id()).orElse(null), schedule)) {
                    case ADD -> {
                        insert(c, schedule);
                        added++;
                    }
                    case UPDATE -> {
                        update(c, schedule);
                        updated++;
                    }
                    default -> unchanged++;
                }
            }
            return new SectionReport(added, updated, unchanged);
        });
    }

    private static Optional<Schedule> find(Connection c, String id) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(ONE)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(schedule(rows)) : Optional.empty();
            }
        }
    }

    private static Void insert(Connection c, Schedule s) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, s.id());
            bind(insert, 2, s);
            insert.executeUpdate();
        }
        return null;
    }

    private static boolean update(Connection c, Schedule s) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(UPDATE)) {
            bind(update, 1, s);
            update.setString(10, s.id());
            return update.executeUpdate() > 0;
        }
    }

    /** Binds name .. skipped_start from parameter {@code first} on. */
    private static void bind(PreparedStatement statement, int first, Schedule s) throws SQLException {
        statement.setString(first, s.name());
        statement.setString(first + 1, s.days().stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
        statement.setInt(first + 2, s.start().toSecondOfDay() / 60);
        statement.setInt(first + 3, s.end().toSecondOfDay() / 60);
        statement.setString(first + 4, s.action().value());
        statement.setInt(first + 5, s.strict() ? 1 : 0);
        statement.setInt(first + 6, s.enabled() ? 1 : 0);
        statement.setLong(first + 7, s.updatedAt().toEpochMilli());
        if (s.skipped() == null) {
            statement.setNull(first + 8, Types.INTEGER);
        } else {
            statement.setLong(first + 8, s.skipped().toEpochMilli());
        }
    }

    private static Schedule schedule(ResultSet row) throws SQLException {
        List<DayOfWeek> days = Arrays.stream(row.getString(3).split(",")).map(DayOfWeek::valueOf).sorted().toList();
        long skipped = row.getLong(10);
        Instant skippedStart = row.wasNull() ? null : Instant.ofEpochMilli(skipped);
        return new Schedule(row.getString(1), row.getString(2), days, LocalTime.ofSecondOfDay(row.getInt(4) * 60L),
                LocalTime.ofSecondOfDay(row.getInt(5) * 60L), ScheduleAction.parse(row.getString(6)), row.getInt(7) == 1,
                row.getInt(8) == 1, Instant.ofEpochMilli(row.getLong(9)), skippedStart);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        try (Connection c = database.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "The schedule database failed: %s", e.getMessage());
        }
    }

    private <T> T write(Work<T> work) {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw FocusFlowException.database(e, "The schedule database failed: %s", e.getMessage());
        }
    }
}
