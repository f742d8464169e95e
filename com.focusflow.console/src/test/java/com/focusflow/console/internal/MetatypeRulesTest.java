package com.focusflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

class MetatypeRulesTest {

    @Test
    void refusesWhatMetatypeRefusesAndIgnoresUnknownAndAbsentProperties() {
        AttributeDefinition interval = attribute("intervalSeconds", "Scan interval (s)", "1-60 s", null);
        when(interval.validate("0")).thenReturn("%less than minimum");
        when(interval.validate("5")).thenReturn("");
        AttributeDefinition source = attribute("source", "Process source", null, new String[] {"auto", "proc"});
        when(source.validate("x")).thenReturn("%not a valid option");
        AttributeDefinition path = attribute("path", "Hosts file", null, null);
        ObjectClassDefinition ocd = mock(ObjectClassDefinition.class);
        when(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(new AttributeDefinition[] {interval, source, path});

        List<MetatypeRules.Refusal> refusals = MetatypeRules.check(ocd, new Hashtable<>(Map.of("intervalSeconds", 0,
                "source", "x", "service.pid", "com.focusflow.x")));

        assertThat(refusals).extracting(MetatypeRules.Refusal::key).containsExactly("intervalSeconds", "source");
        assertThat(refusals.get(0).reason()).isEqualTo("less than minimum (Scan interval (s): 1-60 s)");
        assertThat(refusals.get(1).reason()).isEqualTo("not a valid option; allowed: auto, proc (Process source)");
        assertThat(MetatypeRules.check(ocd, new Hashtable<>(Map.of("intervalSeconds", 5)))).isEmpty();
    }

    @Test
    void listsAreValidatedCommaSeparated() {
        AttributeDefinition hosts = attribute("hosts", "Hosts", null, null);
        when(hosts.validate("a,b")).thenReturn("%invalid value");
        ObjectClassDefinition ocd = mock(ObjectClassDefinition.class);
        when(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)).thenReturn(new AttributeDefinition[] {hosts});

        assertThat(MetatypeRules.check(ocd, new Hashtable<>(Map.of("hosts", new String[] {"a", "b"}))))
                .extracting(MetatypeRules.Refusal::reason).containsExactly("invalid value (Hosts)");
    }

    private static AttributeDefinition attribute(String id, String name, String description, String[] options) {
        AttributeDefinition ad = mock(AttributeDefinition.class);
        when(ad.getID()).thenReturn(id);
        when(ad.getName()).thenReturn(name);
        when(ad.getDescription()).thenReturn(description);
        when(ad.getOptionValues()).thenReturn(options);
        return ad;
    }
}
