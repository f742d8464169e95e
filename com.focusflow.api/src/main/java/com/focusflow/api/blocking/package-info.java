/**
 * Blocking: the block list, the blocking state and the {@link com.focusflow.api.blocking.Blocker}
 * whiteboard SPI. The blocking bundle engages every registered {@code Blocker} while a focus or custom
 * session runs with blocking enabled, and disengages them when it ends.
 */
@Version("1.1.0")
@Export
package com.focusflow.api.blocking;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
