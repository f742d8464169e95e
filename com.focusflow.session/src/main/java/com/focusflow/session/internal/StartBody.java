package com.focusflow.session.internal;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;

/**
 * The body of {@code POST /sessions}, read leniently: {@code strict} and {@code label} may be left out
 * ({@code {"type":"focus","plannedMinutes":25}}), which the primitive fields of {@link StartRequest} would
 * refuse as a mapping error.
 */
public record StartBody(SessionType type, Integer plannedMinutes, Boolean strict, String label) {

    StartRequest toRequest() {
        if (plannedMinutes == null) {
            throw FocusFlowException.invalidInput("plannedMinutes is required: %d..%d", StartRequest.MIN_PLANNED_MINUTES,
                    StartRequest.MAX_PLANNED_MINUTES);
        }
        return new StartRequest(type, plannedMinutes, Boolean.TRUE.equals(strict), label);
    }
}
