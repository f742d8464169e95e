package com.focusflow.sync.internal.settings;

import java.util.Arrays;

import org.osgi.service.metatype.AttributeDefinition;

/** An attribute definition as Felix Metatype answers validate: "" when valid, a %key when not. */
record Attribute(String id, int type, int cardinality, Integer min, Integer max, String... options)
        implements AttributeDefinition {

    static Attribute integer(String id, int min, int max) {
        return new Attribute(id, INTEGER, 0, min, max);
    }

    static Attribute of(String id, int type) {
        return new Attribute(id, type, 0, null, null);
    }

    @Override
    public String validate(String value) {
        if (options.length > 0 && !Arrays.asList(options).contains(value)) {
            return "%not a valid option";
        }
        if (type == INTEGER) {
            int number = Integer.parseInt(value);
            return min != null && number < min ? "%less than minimum" : max != null && number > max ? "%greater than maximum" : "";
        }
        return "";
    }

    @Override
    public String getName() {
        return id;
    }

    @Override
    public String getID() {
        return id;
    }

    @Override
    public String getDescription() {
        return null;
    }

    @Override
    public int getCardinality() {
        return cardinality;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public String[] getOptionValues() {
        return options.length == 0 ? null : options;
    }

    @Override
    public String[] getOptionLabels() {
        return getOptionValues();
    }

    @Override
    public String[] getDefaultValue() {
        return null;
    }
}
