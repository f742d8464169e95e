package com.focusflow.api.config;

/**
 * How values arrive, which decides how strictly their type is read. The rules after the type (cardinality,
 * range, options, required) are the same for both.
 */
public enum ValueForm {
    /**
     * Config Admin values: typed, or text as a {@code .cfg} file, Gogo or a form gives it. Text is read as the
     * declared type ({@code "90"} is a whole number, {@code "true"} a boolean); a single text value is one
     * value of a multi-valued attribute, as Declarative Services reads it.
     */
    CONFIGURATION,
    /**
     * Values decoded from JSON (sync, HTTP): the JSON type must be the declared one. A whole number for an
     * integer attribute ({@code "90"} and {@code 90.5} are refused), {@code true}/{@code false} for a boolean,
     * an array exactly where the attribute holds several values.
     */
    JSON
}
