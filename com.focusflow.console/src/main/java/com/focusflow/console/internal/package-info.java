/** The Web Console plugin and the configuration guard. Private: nothing here is exported. */
package com.focusflow.console.internal;
