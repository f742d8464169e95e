/** Sync through a folder shared by a file-sync program. Private: nothing here is exported. */
package com.focusflow.sync.internal.folder;
