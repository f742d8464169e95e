/**
 * One check of configuration values against the Metatype their PID declares, and the {@link
 * com.focusflow.api.config.ValueCheck}s their bundles add, shared by every way a value comes in: the Web
 * Console, a {@code .cfg} file, Gogo, Config Admin, a settings import.
 */
@Version("1.1.0")
@Export
package com.focusflow.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
