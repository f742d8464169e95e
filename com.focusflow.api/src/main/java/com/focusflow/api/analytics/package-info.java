/**
 * Daily and weekly statistics, the explained productivity score and streaks. Days are the user's local
 * days in {@link com.focusflow.api.analytics.AnalyticsService#zone()}; a session that crosses midnight
 * counts on both days with the part that fell on each.
 */
@Version("1.0.0")
@Export
package com.focusflow.api.analytics;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
