/** The schedule bundle's implementation; nothing here is exported. */
package com.focusflow.schedule.internal;
