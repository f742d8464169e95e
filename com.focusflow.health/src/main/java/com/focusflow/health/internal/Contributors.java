package com.focusflow.health.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.health.HealthContributor;
import com.focusflow.api.health.HealthItem;
import com.focusflow.api.health.HealthStatus;

/**
 * Asks every {@link HealthContributor} at once, each on the executor, and waits for all of them together
 * at most the timeout: one that throws or does not answer in time is one DOWN item, and never holds up the
 * report.
 */
final class Contributors {

    private static final Logger LOG = LoggerFactory.getLogger(Contributors.class);

    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
    private final Executor executor;

    Contributors(Executor executor) {
        this.executor = executor;
    }

    void add(HealthContributor contributor) {
        contributors.add(contributor);
    }

    void remove(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    List<HealthItem> items(Duration timeout) throws InterruptedException {
        List<HealthContributor> asked = List.copyOf(contributors);
        List<CompletableFuture<List<HealthItem>>> answers = new ArrayList<>();
        asked.forEach(c -> answers.add(CompletableFuture.supplyAsync(c::health, executor)));
        try {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException someFailedOrAreLate) {
            // each answer is looked at below
        }
        List<HealthItem> items = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            items.addAll(itemsOf(asked.get(i), answers.get(i), timeout));
        }
        return items;
    }

    private static List<HealthItem> itemsOf(HealthContributor contributor, CompletableFuture<List<HealthItem>> answer,
            Duration timeout) {
        String name = contributor.getClass().getName();
        if (!answer.isDone()) {
            answer.cancel(false);
            LOG.warn("Health contributor {} did not answer within {} ms", name, timeout.toMillis());
            return List.of(new HealthItem(name, HealthStatus.DOWN,
                    "health check did not answer within " + timeout.toMillis() + " ms"));
        }
        try {
            return answer.join();
        } catch (RuntimeException e) { // CompletionException around what the contributor threw
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.warn("Health contributor {} failed", name, cause);
            return List.of(new HealthItem(name, HealthStatus.DOWN, "health check failed: " + cause));
        }
    }
}
