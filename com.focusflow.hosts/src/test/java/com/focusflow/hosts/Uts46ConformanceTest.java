package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Names from the official UTS #46 test data ({@code IdnaTestV2-selected.txt}): each is blocked as the name a
 * browser (non-transitional processing) resolves, or refused; never as another name. A name UTS #46 refuses is
 * refused.
 */
class Uts46ConformanceTest {

    /** Refused although browsers accept them, each with its reason (docs/decisions.md). */
    private static final Map<String, Predicate<String>> REFUSED_BY_DESIGN = Map.of(
            "ZWNJ and ZWJ are invisible formatting characters: refused with every other one",
            source -> source.contains("\u200c") || source.contains("\u200d"),
            "IDNA2003's bidi rule: a right-to-left label ends with a right-to-left letter, not a combining mark",
            source -> Pattern.compile("[\u0590-\u08ff]\\p{Mn}+(\\.|$)").matcher(source).find());

    private static final LocalNames NO_MACHINE_NAMES = new LocalNames(Set.of());

    record Case(int line, String source, String toAsciiN, boolean error) {
    }

    @Test
    void everyNameIsTheBrowsersOrRefused() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(50);
        int matched = 0;
        for (Case c : cases) {
            String ours = blocked(c.source());
            String where = "line " + c.line() + ": " + c.source();
            if (c.error()) {
                assertThat(ours).as(where + " is refused by UTS #46").isNull();
            } else if (ours == null) {
                assertThat(REFUSED_BY_DESIGN.values()).as(where + " refused without a recorded reason")
                        .anyMatch(reason -> reason.test(c.source()));
            } else {
                assertThat(ours).as(where).isEqualTo(HostNames.normalize(c.toAsciiN(), NO_MACHINE_NAMES));
                matched++;
            }
        }
        assertThat(matched).as("names blocked as browsers resolve them").isGreaterThan(40);
    }

    @Test
    void theDeviationCharactersAreKept() throws IOException {
        assertThat(cases().stream().filter(c -> c.source().matches("(?i).*(ß|ẞ|ς).*") && !c.error()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(blocked(c.source())).as(c.source()).isEqualTo(c.toAsciiN()));
    }

    /** The stored name, or null when refused. */
    private static String blocked(String source) {
        try {
            return HostNames.normalize(source, NO_MACHINE_NAMES);
        } catch (HostsException refused) {
            return null;
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Uts46ConformanceTest.class.getResourceAsStream("IdnaTestV2-selected.txt"), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String data = line.replaceFirst("#.*", "").strip();
                if (data.isEmpty()) {
                    continue;
                }
                String[] columns = data.split(";", -1);
                String source = unescape(columns[0].strip());
                String toUnicode = columns[1].isBlank() ? source : unescape(columns[1].strip());
                String toUnicodeStatus = columns[2].strip();
                String toAsciiN = columns[3].isBlank() ? toUnicode : unescape(columns[3].strip());
                String toAsciiNStatus = columns[4].isBlank() ? toUnicodeStatus : columns[4].strip();
                boolean error = !toAsciiNStatus.isEmpty() && !toAsciiNStatus.equals("[]");
                cases.add(new Case(number, source, toAsciiN, error));
            }
        }
        return cases;
    }

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|\\\\x\\{([0-9A-Fa-f]+)\\}");

    private static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
