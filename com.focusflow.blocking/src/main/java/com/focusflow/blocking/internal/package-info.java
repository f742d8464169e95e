/** Block list, hosts-file website blocker and process watcher. Private: nothing here is exported. */
package com.focusflow.blocking.internal;
