/**
 * FocusFlow's health, as in {@code GET /focusflow/api/v1/health}: bundle and component states plus what
 * each {@link com.focusflow.api.health.HealthContributor} reports. The worst status wins.
 */
@Version("1.1.0")
@Export
package com.focusflow.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
