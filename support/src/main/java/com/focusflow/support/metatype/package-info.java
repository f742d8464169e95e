/** Metatype lookups shared by bundles that check configuration values. */
package com.focusflow.support.metatype;
