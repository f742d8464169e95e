/**
 * Blocking: the block list, the blocking state and the {@link com.focusflow.api.blocking.Blocker}
 * whiteboard SPI. The blocking bundle engages every registered {@code Blocker} while a focus or custom
 * session runs with blocking enabled, or while any {@link com.focusflow.api.blocking.BlockingRequest} is
 * registered (e.g. an open schedule window), and disengages them when that ends.
 */
@Version("1.2.0")
@Export
package com.focusflow.api.blocking;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
