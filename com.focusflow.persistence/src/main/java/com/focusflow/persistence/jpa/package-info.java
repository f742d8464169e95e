/**
 * What a JPA persistence unit on FocusFlow's SQLite database uses from its persistence.xml and its stores: the
 * EclipseLink database platform ({@link com.focusflow.persistence.jpa.SQLitePlatform}), the Instant converter,
 * a log that goes to SLF4J, and the {@link com.focusflow.persistence.jpa.Transactions} template. EclipseLink
 * loads the platform and the log by name through the unit's bundle, which therefore imports this package.
 */
@Version("2.0.0")
@Export
package com.focusflow.persistence.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
