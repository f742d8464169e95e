package com.focusflow.blocking.internal.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.Blocker;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.BlockingReason;
import com.focusflow.api.blocking.BlockingRequest;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionService;
import com.focusflow.api.session.SessionTopics;
import com.focusflow.api.session.SessionType;
import com.focusflow.blocking.internal.list.BlockList;
import com.focusflow.blocking.internal.list.MemoryBlockListStore;
import com.focusflow.blocking.testing.RecordingEvents;

class BlockingControllerTest {

    static final class FakeBlocker implements Blocker {
        final String name;
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        FakeBlocker(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void engage(BlockSet set) {
            calls.add("engage " + set.websites() + " " + set.apps());
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void disengage() {
            calls.add("disengage");
        }

        @Override
        public BlockerHealth health() {
            return BlockerHealth.up(name);
        }
    }

    static final class Settings implements BlockingSettings {
        volatile boolean enabled = true;

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    private final RecordingEvents events = new RecordingEvents();
    private final BlockList list = new BlockList(new MemoryBlockListStore(), events);
    private final Settings settings = new Settings();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final BlockingController controller = new BlockingController(list, settings, events,
            com.focusflow.blocking.internal.strict.StrictSession.NONE, thread);

    private final FakeBlocker hosts = new FakeBlocker("hosts");
    private final FakeBlocker processes = new FakeBlocker("processes");

    /** The positive signal: everything handed to the controller's thread so far has run. */
    private void idle() throws Exception {
        thread.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        controller.deactivate();
    }

    /**
     * Deactivation returns only once a blocker's work under way on the controller's thread has ended: after an
     * update the refresh invalidates the old class loader, and work still running would fail in it or block
     * after blocking was stopped. The blocker here ignores the interrupt, as a write in progress does.
     */
    @Test
    void deactivationWaitsForTheWorkUnderWayOnTheControllersThread() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        controller.addBlocker(new Blocker() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public void disengage() {
            }

            @Override
            public BlockerHealth health() {
                return BlockerHealth.up("slow");
            }

            @Override
            public void engage(BlockSet set) {
                entered.countDown();
                boolean interrupted = false;
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                order.add("engage ended");
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        list.add(ItemType.WEBSITE, "youtube.com");
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, false));
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the blocker's engage under way").isTrue();

        Thread deactivating = new Thread(() -> {
            controller.deactivate();
            order.add("deactivate returned");
        });
        deactivating.start();
        // the positive signal that deactivate is waiting (or, wrongly, has already returned)
        eventually(() -> assertThat(deactivating.getState()).isIn(Thread.State.TIMED_WAITING, Thread.State.TERMINATED));
        release.countDown();
        deactivating.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(order).containsExactly("engage ended", "deactivate returned");
    }

    @Test
    void aFocusSessionEngagesEveryBlockerAndItsEndDisengagesThem() throws Exception {
        list.add(ItemType.WEBSITE, "youtube.com");
        list.add(ItemType.APP, "discord");
        controller.addBlocker(hosts);
        controller.addBlocker(processes);

        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, false));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());
        assertThat(hosts.calls).containsExactly("engage [m.youtube.com, www.youtube.com, youtube.com] [discord]");
        assertThat(processes.calls).hasSize(1);

        controller.handleEvent(new Event(SessionTopics.ENDED, Map.of(SessionTopics.PROP_ID, "s1")));
        idle(); // the end is handled completely, its DISENGAGED event included
        assertThat(controller.status().engaged()).isFalse();
        assertThat(hosts.calls).last().isEqualTo("disengage");
        assertThat(events.topics()).contains(BlockingTopics.ENGAGED, BlockingTopics.DISENGAGED);
    }

    @Test
    void nothingIsTouchedUntilTheSessionStateIsKnown() throws Exception {
        controller.addBlocker(hosts);
        controller.handleEvent(new Event(BlockingTopics.BLOCKLIST_CHANGED, Map.of()));
        idle();
        assertThat(hosts.calls).as("an update must not remove blocks before the state is known").isEmpty();
    }

    @Test
    void aRunningSessionIsRecoveredFromTheSessionServiceAfterARestart() {
        controller.addBlocker(hosts);
        controller.bindSessions(sessions(Optional.of(new Session("s1", SessionType.CUSTOM, Instant.now(), null, 25, 60,
                1440L, false, false, null))));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());
    }

    @Test
    void withoutARunningSessionBlockersMayCleanUpAfterACrash() {
        controller.bindSessions(sessions(Optional.empty()));
        controller.addBlocker(hosts);
        eventually(() -> assertThat(hosts.calls).isNotEmpty().containsOnly("disengage"));
        assertThat(controller.status().engaged()).isFalse();
    }

    @Test
    void aBreakDoesNotBlock() throws Exception {
        controller.addBlocker(hosts);
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.BREAK, false));
        idle();
        assertThat(controller.status().engaged()).isFalse();
        assertThat(hosts.calls).containsOnly("disengage");
    }

    @Test
    void theEnabledFlagIsPersistedAndAppliesAtOnce() {
        controller.addBlocker(hosts);
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, false));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());

        assertThat(controller.setEnabled(false).engaged()).isFalse();
        assertThat(settings.enabled).isFalse();
        assertThat(hosts.calls).last().isEqualTo("disengage");
        assertThat(controller.setEnabled(true).engaged()).isTrue();
        assertThat(events.topics()).filteredOn(BlockingTopics.ENABLED_CHANGED::equals).hasSize(2);
    }

    @Test
    void aStrictSessionRefusesTurningBlockingOff() {
        controller.addBlocker(hosts);
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, true));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());

        assertThatThrownBy(() -> controller.setEnabled(false)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_SESSION));
        assertThat(controller.isEnabled()).isTrue();
    }

    @Test
    void aFailingBlockerDoesNotStopTheOthersAndShowsInHealth() {
        hosts.failure = FocusFlowException.permissionDenied("no permission to write the hosts file: do this");
        controller.addBlocker(hosts);
        controller.addBlocker(processes);
        controller.handleEvent(session(SessionTopics.RESUMED, SessionType.FOCUS, false));

        eventually(() -> assertThat(processes.calls).hasSize(1));
        eventually(() -> assertThat(controller.status().blockers()).extracting(BlockerHealth::health)
                .containsExactly(HealthStatus.DEGRADED, HealthStatus.UP));
        assertThat(controller.status().blockers().get(0).message()).contains("do this");
    }

    @Test
    void aBlockerThatAppearsWhileEngagedIsEngagedAndListChangesReachEveryBlocker() {
        controller.addBlocker(hosts);
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, false));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());

        controller.addBlocker(processes);
        eventually(() -> assertThat(processes.calls).containsExactly("engage [] []"));

        list.add(ItemType.APP, "steam");
        controller.handleEvent(new Event(BlockingTopics.BLOCKLIST_CHANGED, Map.of()));
        eventually(() -> assertThat(processes.calls).last().isEqualTo("engage [] [steam]"));
        eventually(() -> assertThat(hosts.calls).last().isEqualTo("engage [] [steam]"));
    }

    @Test
    void aRequestEngagesWithoutASessionNamesItsReasonAndItsReleaseDisengages() {
        controller.bindSessions(sessions(Optional.empty()));
        controller.addBlocker(hosts);
        Instant end = Instant.now().plusSeconds(3600);
        BlockingRequest deepWork = () -> new BlockingReason(BlockingReason.SCHEDULE, "Deep work", end, false);
        BlockingRequest reading = () -> new BlockingReason(BlockingReason.SCHEDULE, "Reading", end, false);

        controller.addRequest(deepWork);
        eventually(() -> assertThat(controller.status().engaged()).isTrue());
        assertThat(controller.status().reasons()).extracting(BlockingReason::name).containsExactly("Deep work");

        int before = hosts.calls.size();
        controller.addRequest(reading);
        controller.removeRequest(deepWork);
        eventually(() -> assertThat(controller.status().reasons()).extracting(BlockingReason::name).containsExactly("Reading"));
        assertThat(hosts.calls.subList(before, hosts.calls.size())).as("handing over between touching windows")
                .doesNotContain("disengage");

        controller.removeRequest(reading);
        eventually(() -> assertThat(controller.status().engaged()).isFalse());
        assertThat(hosts.calls).last().isEqualTo("disengage");
        assertThat(controller.status().reasons()).isEmpty();
    }

    /**
     * Seen in a reliability run: the session service failed to answer when it was bound (it was restarting),
     * so the session state stayed unknown and a schedule's window never engaged, as no session event came.
     */
    @Test
    void aRequestEngagesWhileTheSessionStateIsUnknownAndNothingIsReleasedBeforeItIsKnown() throws Exception {
        controller.bindSessions(failingSessions());
        controller.addBlocker(hosts);
        BlockingRequest deepWork = () -> new BlockingReason(BlockingReason.SCHEDULE, "Deep work",
                Instant.now().plusSeconds(3600), false);
        controller.addRequest(deepWork);
        eventually(() -> assertThat(controller.status().engaged()).isTrue());
        assertThat(controller.status().reasons()).extracting(BlockingReason::name).containsExactly("Deep work");

        controller.addBlocker(processes);
        eventually(() -> assertThat(processes.calls).containsExactly("engage [] []"));

        controller.removeRequest(deepWork);
        idle();
        assertThat(controller.status().engaged()).as("still engaged: a strict session may hold the block").isTrue();
        assertThat(hosts.calls).doesNotContain("disengage");

        controller.handleEvent(new Event(SessionTopics.ENDED, Map.of(SessionTopics.PROP_ID, "s1")));
        eventually(() -> assertThat(controller.status().engaged()).isFalse());
        assertThat(hosts.calls).last().isEqualTo("disengage");
    }

    @Test
    void aStrictRequestRefusesTurningBlockingOffUntilItsEnd() {
        controller.bindSessions(sessions(Optional.empty()));
        controller.addBlocker(hosts);
        controller.addRequest(() -> new BlockingReason(BlockingReason.SCHEDULE, "Exam prep", Instant.now().plusSeconds(600), true));
        eventually(() -> assertThat(controller.status().engaged()).isTrue());

        assertThatThrownBy(() -> controller.setEnabled(false)).isInstanceOfSatisfying(FocusFlowException.class,
                e -> assertThat(e.getMessage()).contains("Exam prep"));
        assertThat(controller.isEnabled()).isTrue();
    }

    @Test
    void theSessionIsNamedAsAReason() {
        controller.addBlocker(hosts);
        controller.handleEvent(session(SessionTopics.STARTED, SessionType.FOCUS, false));
        eventually(() -> assertThat(controller.status().reasons()).containsExactly(
                new BlockingReason(BlockingReason.SESSION, "focus", null, false)));
    }

    private static Event session(String topic, SessionType type, boolean strict) {
        return new Event(topic, Map.of(SessionTopics.PROP_ID, "s1", SessionTopics.PROP_TYPE, type.value(),
                SessionTopics.PROP_STRICT, strict));
    }

    private static SessionService sessions(Optional<Session> active) {
        return (SessionService) Proxy.newProxyInstance(SessionService.class.getClassLoader(),
                new Class<?>[] { SessionService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("active")) {
                        return active;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SessionService failingSessions() {
        return (SessionService) Proxy.newProxyInstance(SessionService.class.getClassLoader(),
                new Class<?>[] { SessionService.class }, (proxy, method, args) -> {
                    throw FocusFlowException.unavailable("Sessions are restarting (an update); try again in a moment");
                });
    }

    static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
