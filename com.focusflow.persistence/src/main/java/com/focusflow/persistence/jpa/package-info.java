/**
 * What a JPA persistence unit needs to run on FocusFlow's SQLite database with EclipseLink: the properties
 * to create its EntityManagerFactory with ({@link com.focusflow.persistence.jpa.JpaProperties}), the
 * database platform, the Instant converter and a log that goes to SLF4J.
 */
@Version("1.0.0")
@Export
package com.focusflow.persistence.jpa;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
