package com.focusflow.ui.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One dynamic, greedy, optional reference: SCR binds a better service before it unbinds the old one, so
 * an unbind only clears the slot if it still holds that service. Listeners hear every change, null when
 * the service is gone.
 */
final class ServiceSlot<S> {
    private final AtomicReference<S> current = new AtomicReference<>();
    private final Consumer<S> listener;

    ServiceSlot(Consumer<S> listener) {
        this.listener = listener;
    }

    void bind(S service) {
        current.set(service);
        listener.accept(service);
    }

    void unbind(S service) {
        if (current.compareAndSet(service, null)) {
            listener.accept(null);
        }
    }

    S get() {
        return current.get();
    }
}
