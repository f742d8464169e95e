/** JSON export and merging import of all user data. Private: nothing here is exported. */
package com.focusflow.sync.internal;
