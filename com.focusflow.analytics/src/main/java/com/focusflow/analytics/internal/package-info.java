/** Daily and weekly statistics, productivity score and streaks. Private: nothing here is exported. */
package com.focusflow.analytics.internal;
