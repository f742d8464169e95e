package com.focusflow.schedule.internal.store;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.persistence.FocusFlowDatabase;
import com.focusflow.persistence.SchemaReady;

/**
 * The schedules' storage in FocusFlow's database, as a service. It exists only while its tables are migrated
 * (this bundle's {@link SchemaReady} marker); until then SCR reports it unsatisfied.
 */
@Component(service = ScheduleStore.class)
public final class ScheduleDatabase implements ScheduleStore {

    static final String MODULE = "com.focusflow.schedule";

    private final JdbcScheduleStore store;

    @Activate
    public ScheduleDatabase(@Reference(target = FocusFlowDatabase.TARGET) DataSource database,
            @Reference(target = "(" + SchemaReady.SCHEMA_PROPERTY + "=" + MODULE + ")") SchemaReady schema) {
        this.store = new JdbcScheduleStore(database);
    }

    @Override
    public List<Schedule> all() {
        return store.all();
    }

    @Override
    public Optional<Schedule> get(String id) {
        return store.get(id);
    }

    @Override
    public void insert(Schedule schedule) {
        store.insert(schedule);
    }

    @Override
    public boolean update(Schedule schedule) {
        return store.update(schedule);
    }

    @Override
    public boolean delete(String id) {
        return store.delete(id);
    }

    @Override
    public SectionReport merge(List<Schedule> incoming) {
        return store.merge(incoming);
    }
}
