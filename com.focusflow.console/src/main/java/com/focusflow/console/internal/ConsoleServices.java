package com.focusflow.console.internal;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.session.SessionService;

/**
 * The FocusFlow services one request sees; any of them may be missing (null), e.g. while its bundle is
 * being updated, and the page then says that part is unavailable.
 */
record ConsoleServices(SessionService sessions, BlockingService blocking, BlockListService blockList,
        AnalyticsService analytics, HealthService health, ScheduleService schedules) {

    ConsoleServices(SessionService sessions, BlockingService blocking, BlockListService blockList,
            AnalyticsService analytics, HealthService health) {
        this(sessions, blocking, blockList, analytics, health, null);
    }
}
