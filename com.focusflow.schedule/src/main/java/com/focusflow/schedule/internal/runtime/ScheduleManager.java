package com.focusflow.schedule.internal.runtime;

import com.focusflow.support.clock.WallClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.schedule.Schedule;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.schedule.ScheduleTopics;
import com.focusflow.api.schedule.ScheduleWindow;
import com.focusflow.api.session.SessionService;
import com.focusflow.schedule.internal.plan.Occurrences;
import com.focusflow.schedule.internal.plan.ScheduleRules;
import com.focusflow.schedule.internal.plan.StrictRules;
import com.focusflow.schedule.internal.plan.Timeline;
import com.focusflow.schedule.internal.store.ScheduleStore;

/**
 * The {@link ScheduleService}: validates and stores schedules and keeps their windows running through the
 * {@link Planner}. Every change re-plans at once; a change of the statistics zone too.
 */
@Component(service = { ScheduleService.class, ConfigurationListener.class, EventHandler.class },
        property = EventConstants.EVENT_TOPIC + "=" + ScheduleTopics.CHANGED)
public final class ScheduleManager implements ScheduleService, ConfigurationListener, EventHandler {

    private final ScheduleStore store;
    private final EventAdmin events;
    private final WallClock clock = new WallClock();
    private final ConfiguredZone zone;
    private final ExecutorTimer timer = new ExecutorTimer();
    private final WindowEffects effects;
    private final Planner planner;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionService sessions;

    @Activate
    public ScheduleManager(BundleContext context, @Reference ScheduleStore store, @Reference EventAdmin events,
            @Reference ConfigurationAdmin configurations) {
        this.store = store;
        this.events = events;
        this.zone = new ConfiguredZone(configurations);
        this.effects = new WindowEffects(context, events, () -> sessions, clock);
        this.planner = new Planner(store::all, zone::get, clock, timer, effects);
        planner.replan();
    }

    @Reference(service = Clock.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(focusflow.clock=wall)")
    void bindClock(Clock provided) {
        clock.use(provided);
        planner.replan();
    }

    /** Changed service properties say "the clock moved": check at once rather than at the next wait's end. */
    void updatedClock(Clock provided) {
        planner.replan();
    }

    void unbindClock(Clock provided) {
        clock.release(provided);
        planner.replan();
    }

    @Deactivate
    void deactivate() {
        planner.stop();
        timer.shutdown();
        effects.releaseAll();
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (ConfiguredZone.PID.equals(event.getPid())) {
            planner.replan();
        }
    }

    /** A change made elsewhere in this bundle (an import) or by this service: re-plan. */
    @Override
    public void handleEvent(Event event) {
        planner.replan();
    }

    @Override
    public List<Schedule> list() {
        return store.all().stream().sorted(Comparator.comparing(Schedule::start).thenComparing(Schedule::name)).toList();
    }

    @Override
    public Optional<Schedule> get(String id) {
        return id == null ? Optional.empty() : store.get(id);
    }

    @Override
    public Schedule add(ScheduleRequest request) {
        Schedule schedule = ScheduleRules.toSchedule(UUID.randomUUID().toString(), request, now());
        store.insert(schedule);
        changed(schedule.id());
        return schedule;
    }

    @Override
    public synchronized Schedule update(String id, ScheduleRequest request) {
        Schedule before = existing(id);
        Instant now = now();
        Schedule after = ScheduleRules.toSchedule(id, request, now);
        StrictRules.checkUpdate(before, after, now, zone.get());
        store.update(after);
        changed(id);
        return after;
    }

    @Override
    public synchronized Schedule remove(String id) {
        Schedule schedule = existing(id);
        StrictRules.checkRemove(schedule, clock.instant(), zone.get());
        store.delete(id);
        changed(id);
        return schedule;
    }

    @Override
    public synchronized Schedule skipNext(String id) {
        Schedule s = existing(id);
        StrictRules.checkSkip(s);
        Instant now = now();
        Instant start = Occurrences.currentOrNext(s, now, zone.get()).orElseThrow(() -> FocusFlowException.conflict(
                "'%s' has no window in the next week to skip", s.name())).start();
        Schedule skipping = new Schedule(s.id(), s.name(), s.days(), s.start(), s.end(), s.action(), s.strict(), s.enabled(),
                now, start);
        store.update(skipping);
        changed(id);
        return skipping;
    }

    @Override
    public Optional<ScheduleWindow> next() {
        return new Timeline(store.all(), zone.get()).next(clock.instant());
    }

    @Override
    public ZoneId zone() {
        return zone.get();
    }

    /** Now, as stored: whole milliseconds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Schedule existing(String id) {
        return get(id).orElseThrow(() -> FocusFlowException.notFound("There is no schedule with id '%s'", id));
    }

    private void changed(String id) {
        planner.replan();
        events.postEvent(new Event(ScheduleTopics.CHANGED, Map.of(ScheduleTopics.PROP_ID, id)));
    }
}
