/** The Metatype validator, the configuration guard and the {@code focus:config} command. Private. */
package com.focusflow.config.internal;
