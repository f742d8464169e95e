/** The JavaFX window, tray icon and desktop notifications. Private: nothing here is exported. */
package com.focusflow.ui.internal;
