package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class UiThreadsTest {
    @Test
    void aCallAfterTheWorkerStoppedIsDroppedWithoutThrowing() {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        worker.shutdownNow(); // as when the window component is deactivated
        SessionViewModel model = new SessionViewModel(new UiThreads(worker, Runnable::run), () -> 0L, java.time.Clock.systemUTC());

        assertThatCode(() -> {
            model.serviceChanged(new FakeSessions());
            model.start();
            model.stop();
        }).doesNotThrowAnyException();
    }

    @Test
    void resultsAndFailuresAreHandedToTheFxExecutor() {
        List<String> fx = new ArrayList<>();
        UiThreads threads = new UiThreads(Runnable::run, task -> {
            fx.add("fx");
            task.run();
        });
        List<Object> outcomes = new ArrayList<>();
        UiThreads.ResultHandler<String> handler = new UiThreads.ResultHandler<>() {
            @Override
            public void done(String result) {
                outcomes.add(result);
            }

            @Override
            public void failed(RuntimeException e) {
                outcomes.add(e.getMessage());
            }
        };

        threads.call(() -> "ok", handler);
        threads.call(() -> {
            throw new IllegalStateException("gone");
        }, handler);

        assertThat(outcomes).containsExactly("ok", "gone");
        assertThat(fx).hasSize(2);
    }
}
