package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.focusflow.testing.Tries;

class HostNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "youtube.com|youtube.com",
            "  YouTube.COM  |youtube.com",
            "https://www.YouTube.com/watch?v=x|youtube.com",
            "http://m.youtube.com:8080/|youtube.com",
            "https://user:pw@news.ycombinator.com/item#top|news.ycombinator.com",
            "reddit.com/r/all|reddit.com",
            "www.reddit.com.|reddit.com",
            "www.m.facebook.com|facebook.com",
            "www.com|www.com",
            "m.co|m.co",
            "bücher.de|xn--bcher-kva.de",
            "https://ÉCOLE.fr/x|xn--cole-9oa.fr",
            "xn--bcher-kva.de|xn--bcher-kva.de",
            "example.com:443|example.com",
            "sub-domain.example.co.uk|sub-domain.example.co.uk" })
    void normalizesToTheApex(String raw, String expected) {
        assertThat(HostNames.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "you tube.com", "youtube.com\n0.0.0.0 evil.com", "youtube.com\r\n",
            "youtube.com\t", "evil.com\u0000", "youtube.com # comment", "youtube.com#x", "*.youtube.com",
            "you*tube.com", "127.0.0.1", "10.0.0.1:80", "http://192.168.1.1/", "[::1]", "::1",
            "http://[2001:db8::1]/", "fe80::1", "localhost", "foo.localhost", "localhost.localdomain", "com",
            "-bad.com", "bad-.com", "under_score.com", "a..b.com", ".com", "http:///path", "0x7f.1",
            "evil.com\u2028x.com", "evil\u200b.com", "example.123" })
    void refusesWhatIsNotAHostName(String raw) {
        assertThatThrownBy(() -> HostNames.normalize(raw)).isInstanceOf(HostsException.class)
                .satisfies(e -> assertThat(((HostsException) e).kind()).isEqualTo(HostsException.Kind.INVALID_NAME));
    }

    @ParameterizedTest
    @ValueSource(ints = { 254, 300 })
    void refusesOverLongNames(int length) {
        String label = "a".repeat(60);
        StringBuilder host = new StringBuilder();
        while (host.length() < length - 4) {
            host.append(label).append('.');
        }
        String name = host.substring(0, length - 4) + ".com";
        assertThatThrownBy(() -> HostNames.normalize(name)).isInstanceOf(HostsException.class);
    }

    @org.junit.jupiter.api.Test
    void nullIsInvalidInputNotANullPointer() {
        assertThatThrownBy(() -> HostNames.normalize(null)).isInstanceOf(HostsException.class);
    }

    @org.junit.jupiter.api.Test
    void theMessageShowsControlCharactersEscaped() {
        assertThatThrownBy(() -> HostNames.normalize("a.com\nb")).hasMessageContaining("\\u000a")
                .hasMessageNotContaining("\n");
    }

    @org.junit.jupiter.api.Test
    void variantsAreApexWwwAndM() {
        assertThat(HostNames.variants("youtube.com")).containsExactly("youtube.com", "www.youtube.com", "m.youtube.com");
    }

    /** Whatever a user types: it is refused, or it comes out as a plain DNS name that stays the same. */
    @org.junit.jupiter.api.Test
    void onlyPlainHostNamesComeOut() {
        Tries.check(3000, gen -> gen.string(300), raw -> {
            String host;
            try {
                host = HostNames.normalize(raw);
            } catch (HostsException e) {
                assertThat(e.kind()).isEqualTo(HostsException.Kind.INVALID_NAME);
                return;
            }
            assertThat(host).matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?").hasSizeLessThanOrEqualTo(253);
            assertThat(HostNames.normalize(host)).isEqualTo(host);
        });
    }

    /** A valid name, a separator, then a second hosts entry: refused for every separator. */
    @ParameterizedTest
    @ValueSource(strings = { "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f", " ", "\t", "#", "\u0000" })
    void injectionAroundAValidNameIsRefused(String separator) {
        assertThatThrownBy(() -> HostNames.normalize("youtube.com" + separator + "0.0.0.0 bank.com"))
                .isInstanceOf(HostsException.class);
    }

    /** UTS #46 non-transitional, as browsers resolve them: deviation characters are kept, not mapped away. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "straße.de|xn--strae-oqa.de",
            "STRASSE.de|strasse.de",
            "Straße.DE|xn--strae-oqa.de",
            "faß.de|xn--fa-hia.de",
            "βόλος.com|xn--nxasmm1c.com",
            "ςa.gr|xn--a-xmb.gr",
            "bücher.de|xn--bcher-kva.de",
            "ＥＸＡＭＰＬＥ.com|example.com",
            "münchen.straße.de|xn--mnchen-3ya.xn--strae-oqa.de" })
    void internationalNamesFollowUts46NonTransitional(String raw, String expected) {
        assertThat(HostNames.normalize(raw)).isEqualTo(expected);
    }

    /** One local-name rule: special-use local top-level names and this machine's own names. */
    @ParameterizedTest
    @ValueSource(strings = { "localhost.localdomain", "localhost6.localdomain6", "printer.local", "my-laptop.local",
            "router.home.arpa", "1.0.0.127.in-addr.arpa", "foo.localhost", "box.localdomain", "desk.example.org",
            "localhost4.localdomain4", "nas.lan", "router.home", "wiki.corp", "build.internal", "files.intranet",
            "printer.private", "Desk.Example.Org.", "www.desk.example.org" })
    void localNamesAreRefusedByOneRule(String name) {
        LocalNames local = new LocalNames(java.util.Set.of("Desk.Example.Org"));
        assertThatThrownBy(() -> HostNames.normalize(name, local)).isInstanceOf(HostsException.class)
                .hasMessageContaining("local network");
        assertThat(HostNames.isBlockable(name, local)).isFalse();
    }

    /** The rule as it runs: with the names this machine reports for itself. */
    @org.junit.jupiter.api.Test
    void thisMachinesOwnNameIsRefused() throws Exception {
        String own = java.net.InetAddress.getLocalHost().getCanonicalHostName().toLowerCase(java.util.Locale.ROOT);
        org.junit.jupiter.api.Assumptions.assumeTrue(own.matches(".*[a-z].*\\.[a-z0-9-]*[a-z][a-z0-9-]*"),
                "this machine reports no dotted host name: " + own);
        assertThatThrownBy(() -> HostNames.normalize(own)).hasMessageContaining("local network");
        assertThatThrownBy(() -> HostNames.normalize("www." + own)).hasMessageContaining("local network");
        assertThat(HostNames.isBlockable(own)).isFalse();
    }

    /** Separators and characters that map to a dot (UTS #46): never another name than the one typed. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "straße\u3002de|xn--strae-oqa.de",
            "straße\uff0ede|xn--strae-oqa.de",
            "straße\uff61de|xn--strae-oqa.de",
            "ßx\uff0ey.de|xn--x-pfa.y.de",
            "bücher\u3002de\u3002|xn--bcher-kva.de" })
    void fullStopsOfOtherScriptsSeparateLabels(String raw, String expected) {
        assertThat(HostNames.normalize(unescape(raw))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\u2488com", "a\u2488\u00df.com", "\u2488.com", "x\u2024y.com" })
    void aCharacterThatMapsToADotIsRefused(String raw) {
        assertThatThrownBy(() -> HostNames.normalize(unescape(raw))).isInstanceOf(HostsException.class);
    }

    private static String unescape(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9a-f]{4})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf((char) Integer.parseInt(m.group(1), 16)));
        }
        return m.appendTail(out).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = { "youtube.com", "www.youtube.com", "m.youtube.com", "xn--strae-oqa.de", "localnews.com",
            "local.example.com" })
    void blockableNamesAreExactlyTheirNormalForm(String name) {
        assertThat(HostNames.isBlockable(name, new LocalNames(java.util.Set.of()))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "YouTube.com", "youtube.com.", " youtube.com", "http://youtube.com", "0.0.0.0 youtube.com",
            "youtube.com\n", "straße.de", "com", "", "a..b" })
    void theHelperAcceptsOnlyNamesAlreadyInNormalForm(String name) {
        assertThat(HostNames.isBlockable(name.replace("\\n", "\n"), new LocalNames(java.util.Set.of()))).isFalse();
    }
}
