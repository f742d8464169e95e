package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HostsContentTest {

    private static final List<String> YOUTUBE = List.of("m.youtube.com", "www.youtube.com", "youtube.com");

    @Test
    void appendsOneBlockWithBothAddressesAndTheDohCanary() {
        String result = apply("127.0.0.1 localhost\n", YOUTUBE);
        assertThat(result).isEqualTo("127.0.0.1 localhost\n"
                + "# >>> FocusFlow (managed, do not edit)\n"
                + "0.0.0.0 m.youtube.com\n:: m.youtube.com\n"
                + "0.0.0.0 www.youtube.com\n:: www.youtube.com\n"
                + "0.0.0.0 youtube.com\n:: youtube.com\n"
                + "0.0.0.0 use-application-dns.net\n:: use-application-dns.net\n"
                + "# <<< FocusFlow\n");
        assertThat(remove(result)).isEqualTo("127.0.0.1 localhost\n");
    }

    @Test
    void usesTheFilesCrlfLineEnds() {
        String original = "127.0.0.1 localhost\r\n::1 localhost\r\n";
        String result = apply(original, YOUTUBE);
        assertThat(result.substring(original.length()).replace("\r\n", "")).doesNotContain("\n");
        assertThat(remove(result)).isEqualTo(original);
    }

    @Test
    void aFileWithoutFinalNewlineGetsItBackWithout() {
        String original = "127.0.0.1 localhost";
        String result = apply(original, YOUTUBE);
        assertThat(result).startsWith(original + System.lineSeparator() + HostsContent.BEGIN).endsWith(HostsContent.END);
        assertThat(remove(result)).isEqualTo(original);
        assertThat(apply(result, YOUTUBE)).isEqualTo(result);
    }

    @Test
    void keepsAByteOrderMarkAndNonAsciiBytes() {
        byte[] original = "\uFEFF# Hôtes — ホスト\n127.0.0.1 localhost\n".getBytes(StandardCharsets.UTF_8);
        HostsContent applied = HostsContent.of(original).apply(YOUTUBE);
        assertThat(applied.remove().bytes()).isEqualTo(original);
    }

    @Test
    void anEmptyFileStaysEmpty() {
        assertThat(remove(apply("", YOUTUBE))).isEmpty();
    }

    @Test
    void replacingTheSetKeepsTheBlockWhereItIs() {
        String withBlock = apply("a\n", YOUTUBE) + "# added later by the user\n";
        String replaced = apply(withBlock, List.of("reddit.com"));
        assertThat(replaced).startsWith("a\n" + HostsContent.BEGIN).endsWith(HostsContent.END + "\n# added later by the user\n")
                .contains("0.0.0.0 reddit.com").doesNotContain("youtube");
        assertThat(remove(replaced)).isEqualTo("a\n# added later by the user\n");
    }

    @Test
    void anEmptySetRemovesTheBlock() {
        assertThat(apply(apply("a\n", YOUTUBE), List.of())).isEqualTo("a\n");
    }

    @Test
    void otherToolsMarkersAndNearMissesAreLeftAlone() {
        String original = "# BEGIN BLOCKLIST\n0.0.0.0 ads.example\n# END BLOCKLIST\n"
                + "# >>> FocusFlow (managed, do not edit) copy\n# <<< FocusFlow!\n  # <<< FocusFlow\n";
        String result = apply(original, YOUTUBE);
        assertThat(result).startsWith(original);
        assertThat(remove(result)).isEqualTo(original);
    }

    @Test
    void aBlockWhoseEndMarkerWasDeletedIsRemovedWithOnlyItsOwnLines() {
        String damaged = "a\n" + HostsContent.BEGIN + "\n0.0.0.0 youtube.com\n:: youtube.com\n# user line\nb\n";
        assertThat(remove(damaged)).isEqualTo("a\n# user line\nb\n");
        String repaired = apply(damaged, YOUTUBE);
        assertThat(repaired).startsWith("a\n# user line\nb\n" + HostsContent.BEGIN);
        assertThat(repaired.split(Pattern.quote(HostsContent.BEGIN), -1)).hasSize(2);
    }

    @Test
    void aBlockWhoseBeginMarkerWasDeletedIsRemovedWithOnlyItsOwnLines() {
        String damaged = "# user\n0.0.0.0 youtube.com\n:: youtube.com\n0.0.0.0 use-application-dns.net\n"
                + ":: use-application-dns.net\n" + HostsContent.END + "\nb";
        assertThat(remove(damaged)).isEqualTo("# user\nb");
    }

    @Test
    void anotherToolsAddressListIsNeverTakenForFocusFlowsEntries() {
        String adlist = "# BEGIN BLOCKLIST\n0.0.0.0 ads.example\n0.0.0.0 tracker.example\n# END BLOCKLIST\n"
                + "0.0.0.0 more.example\n";
        String applied = apply(adlist, YOUTUBE);
        String beginDeleted = applied.replace(HostsContent.BEGIN + "\n", "");
        String endDeleted = applied.replace(HostsContent.END + "\n", "") + "0.0.0.0 after.example\n";
        assertThat(remove(beginDeleted)).isEqualTo(adlist);
        assertThat(remove(endDeleted)).isEqualTo(adlist + "0.0.0.0 after.example\n");
        assertThat(remove(HostsContent.END + "\n" + adlist)).as("a lone end marker only").isEqualTo(adlist);
    }

    @Test
    void twoBlocksBecomeOne() {
        String block = HostsContent.BEGIN + "\n0.0.0.0 a.com\n:: a.com\n" + HostsContent.END + "\n";
        String twice = "x\n" + block + "y\n" + block;
        assertThat(remove(twice)).isEqualTo("x\ny\n");
        assertThat(apply(twice, YOUTUBE).split(Pattern.quote(HostsContent.BEGIN), -1)).hasSize(2);
    }

    @Test
    void refusesNamesThatAreNotPlainHostNames() {
        for (String bad : List.of("evil.com\n0.0.0.0 bank.com", "a.com # x", "A.COM", "a.com\r", "", "-a.com")) {
            assertThatThrownBy(() -> HostsContent.of(new byte[0]).apply(List.of(bad)))
                    .isInstanceOf(HostsException.class);
        }
    }

    @Test
    void refusesUtf16Files() {
        assertThatThrownBy(() -> HostsContent.of(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-16");
    }

    static String apply(String text, List<String> names) {
        return new String(HostsContent.of(text.getBytes(StandardCharsets.ISO_8859_1)).apply(names).bytes(),
                StandardCharsets.ISO_8859_1);
    }

    static String remove(String text) {
        return new String(HostsContent.of(text.getBytes(StandardCharsets.ISO_8859_1)).remove().bytes(),
                StandardCharsets.ISO_8859_1);
    }

    /** Issue 19 point 9: a user's lines between FocusFlow's markers are kept, never deleted. */
    @Test
    void linesThatAreNotFocusFlowsSurviveInsideTheMarkers() {
        String engaged = apply("127.0.0.1 localhost\n", YOUTUBE);
        String edited = engaged.replace("0.0.0.0 youtube.com\n", "0.0.0.0 youtube.com\n10.0.0.5 printer # mine\n\n");
        HostsContent content = HostsContent.of(edited.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(content.foreignLines(List.of())).containsExactly("10.0.0.5 printer # mine", "");

        String removed = new String(content.remove().bytes(), StandardCharsets.ISO_8859_1);
        assertThat(removed).isEqualTo("127.0.0.1 localhost\n10.0.0.5 printer # mine\n\n");

        String reapplied = apply(edited, YOUTUBE);
        assertThat(reapplied).startsWith("127.0.0.1 localhost\n" + HostsContent.BEGIN)
                .endsWith(HostsContent.END + "\n10.0.0.5 printer # mine\n\n").contains("0.0.0.0 youtube.com\n");
        assertThat(HostsContent.of(reapplied.getBytes(StandardCharsets.ISO_8859_1)).foreignLines(List.of())).isEmpty();
        assertThat(apply(reapplied, YOUTUBE)).isEqualTo(reapplied);
    }

    /**
     * Issue 19 point 9: a line in FocusFlow's own form that FocusFlow did not write (only one of the two
     * forms, a name FocusFlow was not given) is the user's: kept by every removal and re-apply.
     */
    @Test
    void anEntryLineTheUserTypedIntoTheBlockIsTheirs() {
        String engaged = apply("127.0.0.1 localhost\n", YOUTUBE);
        String edited = engaged.replace(":: youtube.com\n", "0.0.0.0 facebook.com\n:: youtube.com\n");
        HostsContent content = HostsContent.of(edited.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(content.foreignLines(List.of())).containsExactly("0.0.0.0 facebook.com");
        assertThat(remove(edited)).isEqualTo("127.0.0.1 localhost\n0.0.0.0 facebook.com\n");
        String reapplied = apply(edited, YOUTUBE);
        assertThat(reapplied).endsWith(HostsContent.END + "\n0.0.0.0 facebook.com\n")
                .contains("0.0.0.0 youtube.com\n:: youtube.com\n");
        assertThat(remove(reapplied)).isEqualTo("127.0.0.1 localhost\n0.0.0.0 facebook.com\n");
    }

    /** Half of a pair left by an edit is FocusFlow's when the caller says it wrote that name, the user's otherwise. */
    @Test
    void halfOfAPairIsFocusFlowsOnlyForANameItSaysItWrote() {
        String engaged = apply("127.0.0.1 localhost\n", YOUTUBE);
        byte[] halved = engaged.replace(":: youtube.com\n", "").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(new String(HostsContent.of(halved).remove(YOUTUBE).bytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("127.0.0.1 localhost\n");
        assertThat(HostsContent.of(halved).foreignLines(YOUTUBE)).isEmpty();
        assertThat(HostsContent.of(halved).foreignLines(List.of())).containsExactly("0.0.0.0 youtube.com");
        assertThat(apply(new String(halved, StandardCharsets.ISO_8859_1), YOUTUBE)).isEqualTo(engaged);
    }

    @Test
    void aUsersLinesBetweenLookAlikeMarkersAtTheEndOfAFileWithoutFinalNewlineSurvive() {
        String text = "a\n" + HostsContent.BEGIN + "\nmy line\n" + HostsContent.END;
        assertThat(remove(text)).isEqualTo("a\nmy line");
        String applied = apply(text, YOUTUBE);
        assertThat(applied).endsWith(HostsContent.END + "\nmy line").contains("0.0.0.0 youtube.com\n");
        assertThat(apply(applied, YOUTUBE)).isEqualTo(applied);
        assertThat(remove(applied)).isEqualTo("a\nmy line");
    }

    /** A user's line inside the block that points a blocked name elsewhere ends up below FocusFlow's: it cannot win. */
    @Test
    void aRedirectTypedIntoTheBlockCannotOverrideIt() {
        String engaged = apply("127.0.0.1 localhost\n", YOUTUBE);
        String edited = engaged.replace("0.0.0.0 youtube.com\n", "1.2.3.4 youtube.com\n");
        String repaired = apply(edited, YOUTUBE);
        assertThat(repaired.indexOf("0.0.0.0 youtube.com")).isLessThan(repaired.indexOf("1.2.3.4 youtube.com"));
    }
}
