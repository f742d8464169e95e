/**
 * Recurring schedules: weekly windows (days of the week, a local start and end time) during which FocusFlow
 * blocks distractions or runs a focus session by itself. The schedule bundle provides the
 * {@link com.focusflow.api.schedule.ScheduleService}, posts {@link com.focusflow.api.schedule.ScheduleTopics}
 * events at each window's start and end, and engages blocking through the blocking bundle's
 * {@link com.focusflow.api.blocking.BlockingRequest} whiteboard while a window is open.
 */
@Version("1.1.0")
@Export
package com.focusflow.api.schedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
