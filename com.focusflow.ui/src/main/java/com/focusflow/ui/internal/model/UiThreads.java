package com.focusflow.ui.internal.model;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Where view-model work runs: service calls on {@code background} (never on the FX thread, a database call
 * may take a while), property changes on {@code fx} (the JavaFX application thread, where bound controls
 * read them). Tests pass a direct executor for both.
 */
public record UiThreads(Executor background, Executor fx) {
    public UiThreads {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(fx, "fx");
    }

    /** Runs {@code call} in the background, then hands its result to {@code apply} on the FX thread. */
    /** {@link #call(ServiceCall, ResultHandler)} with the two outcomes as lambdas. */
    <T> void call(ServiceCall<T> call, Consumer<T> done,
            Consumer<RuntimeException> failed) {
        call(call, new ResultHandler<T>() {
            @Override
            public void done(T result) {
                done.accept(result);
            }

            @Override
            public void failed(RuntimeException e) {
                failed.accept(e);
            }
        });
    }

    <T> void call(ServiceCall<T> call, ResultHandler<T> apply) {
        try {
            background.execute(() -> run(call, apply));
        } catch (RejectedExecutionException closing) {
            // the window is going away (component deactivated): nothing left to show the result in
        }
    }

    private <T> void run(ServiceCall<T> call, ResultHandler<T> apply) {
        T result;
        try {
            result = call.run();
        } catch (RuntimeException e) {
            fx.execute(() -> apply.failed(e));
            return;
        }
        fx.execute(() -> apply.done(result));
    }

    /** A call to a service that may fail with a FocusFlowException or because the service went away. */
    @FunctionalInterface
    interface ServiceCall<T> {
        T run();
    }

    /** What to do with the outcome of a {@link ServiceCall}, on the FX thread. */
    interface ResultHandler<T> {
        void done(T result);

        void failed(RuntimeException e);
    }
}
