/** The {@code settings} section: portable Config Admin settings with their last change time. Private. */
package com.focusflow.sync.internal.settings;
