package com.focusflow.support.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OwnThreadsTest {

    @Test
    void theRunningTaskIsInterruptedAndHasEndedWhenStopReturns() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        AtomicInteger queuedRuns = new AtomicInteger();
        executor.execute(() -> {
            running.countDown();
            try {
                new CountDownLatch(1).await(); // until interrupted
            } catch (InterruptedException e) {
                ended.set(true);
            }
        });
        executor.execute(queuedRuns::incrementAndGet);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(OwnThreads.stop(executor, Duration.ofSeconds(30))).isTrue();

        assertThat(ended).as("the running task ended before stop returned").isTrue();
        assertThat(executor.isTerminated()).isTrue();
        assertThat(queuedRuns).as("a queued task is dropped").hasValue(0);
    }

    @Test
    void aTaskThatIgnoresTheInterruptIsReportedAfterThePatience() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(() -> {
            running.countDown();
            while (true) {
                try {
                    if (release.await(1, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException ignored) {
                    // a task that does not stop when asked
                }
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(OwnThreads.stop(executor, Duration.ofMillis(50))).isFalse();

        release.countDown();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
}
