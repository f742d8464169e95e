/** The database service: SQLite through pax-jdbc's DataSourceFactory, pooled by HikariCP. Not exported. */
package com.focusflow.persistence.internal;
