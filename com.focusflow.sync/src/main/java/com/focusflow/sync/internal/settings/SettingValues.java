package com.focusflow.sync.internal.settings;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * The canonical form of a setting's value (what the document and the change table hold): the value as the
 * {@link com.focusflow.api.config.ConfigurationValidator} returns it for Config Admin, with an array as a
 * list. The rules themselves are the validator's.
 */
final class SettingValues {

    private SettingValues() {
    }

    static Object canonical(Object stored) {
        if (stored != null && stored.getClass().isArray()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < Array.getLength(stored); i++) {
                values.add(Array.get(stored, i));
            }
            return values;
        }
        return stored instanceof List<?> list ? new ArrayList<>(list) : stored;
    }
}
