/** Start at login: the user's XDG autostart entry, written or removed from a Config Admin setting. Private. */
package com.focusflow.ui.internal.autostart;
