package com.focusflow.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneCheckTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "Europe/Berlin", "UTC", "+02:00", "America/Argentina/Buenos_Aires", " Asia/Tokyo " })
    void aZoneTheJdkKnowsOrNoneIsAccepted(String zone) {
        assertThat(new ZoneCheck().problem(zone)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mars/Olympus", "Europe/Berlinn", "../../etc/passwd", "+25:00", "CEST!" })
    void anythingElseIsRefusedNamingTheValue(String zone) {
        assertThat(new ZoneCheck().problem(zone)).startsWith("'" + zone.strip() + "' is not a time zone");
    }
}
