/** User notifications through the {@link com.focusflow.api.notify.Notifier} whiteboard SPI. */
@Version("1.0.0")
@Export
package com.focusflow.api.notify;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
