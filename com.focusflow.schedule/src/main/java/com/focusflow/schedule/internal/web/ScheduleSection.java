package com.focusflow.schedule.internal.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleTopics;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.schedule.internal.plan.ScheduleMerge;
import com.focusflow.schedule.internal.plan.ScheduleRules;
import com.focusflow.schedule.internal.store.ScheduleStore;

/**
 * The {@code schedules} section of an export: every schedule, ordered by id. An import merges by id (the newer
 * {@code updatedAt} wins), never deletes, and re-plans the windows at once.
 */
@Component(service = DataContributor.class)
public final class ScheduleSection implements DataContributor<Schedule> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleSection.class);

    private final ScheduleStore store;
    private final EventAdmin events;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public ScheduleSection(@Reference ScheduleStore store, @Reference EventAdmin events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public String section() {
        return ScheduleTopics.SECTION;
    }

    @Override
    public Class<Schedule> itemType() {
        return Schedule.class;
    }

    @Override
    public void export(Consumer<? super Schedule> sink) {
        store.all().stream().sorted(Comparator.comparing(Schedule::id)).forEach(sink);
    }

    @Override
    public ImportPlan prepareImport(List<Schedule> items) {
        List<Schedule> valid = validate(items);
        Map<String, Schedule> local = store.all().stream().collect(Collectors.toMap(Schedule::id, Function.identity()));
        int[] counts = new int[3];
        valid.forEach(s -> counts[ScheduleMerge.outcome(local.get(s.id()), s).ordinal()]++);
        SectionReport predicted = new SectionReport(counts[0], counts[1], counts[2]);
        return ImportPlan.of(predicted, () -> {
            SectionReport done = store.merge(valid);
            if (done.changed() > 0) {
                events.postEvent(new Event(ScheduleTopics.CHANGED, Map.of()));
            }
            LOG.info("Imported schedules: {}", done);
            return done;
        });
    }

    /** Checks each item, naming its place; an id may appear once. */
    private List<Schedule> validate(List<Schedule> items) {
        List<Schedule> valid = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String place = ScheduleTopics.SECTION + "[" + i + "].";
            Schedule s = ScheduleRules.check(items.get(i), place, clock.instant());
            if (!ids.add(s.id())) {
                throw FocusFlowException.invalidInput("%sid: '%s' appears more than once", place, s.id());
            }
            valid.add(s);
        }
        return valid;
    }
}
