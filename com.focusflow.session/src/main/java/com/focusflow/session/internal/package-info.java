/** Focus sessions: lifecycle, timing, crash recovery, persistence. Private: nothing here is exported. */
package com.focusflow.session.internal;
