/**
 * Focus sessions: their lifecycle service, the session DTO and the Event Admin topics the session
 * bundle posts, so that blocking, analytics and the UI react without knowing that bundle.
 */
@Version("1.1.0")
@Export
package com.focusflow.api.session;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
