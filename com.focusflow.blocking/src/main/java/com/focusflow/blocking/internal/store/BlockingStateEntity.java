package com.focusflow.blocking.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.focusflow.persistence.jpa.InstantMillisConverter;

/** The one row of {@code blocking_state}: whether blocking is enabled. */
@Entity
@Table(name = "blocking_state")
public class BlockingStateEntity {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantMillisConverter.class)
    private Instant updatedAt;

    protected BlockingStateEntity() {
        // for JPA
    }

    boolean enabled() {
        return enabled;
    }

    void set(boolean on, Instant now) {
        enabled = on;
        updatedAt = now;
    }
}
