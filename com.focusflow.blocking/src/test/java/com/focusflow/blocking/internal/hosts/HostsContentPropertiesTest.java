package com.focusflow.blocking.internal.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the hosts editor over generated hosts files. */
class HostsContentPropertiesTest {

    @Property(tries = 2000)
    void applyThenRemoveIsIdentity(@ForAll("hostsFiles") byte[] file, @ForAll("nameSets") List<String> names) {
        HostsContent original = HostsContent.of(file);
        assertThat(original.apply(names).remove().bytes()).isEqualTo(file);
    }

    @Property(tries = 2000)
    void applyIsIdempotent(@ForAll("hostsFiles") byte[] file, @ForAll("nameSets") List<String> names) {
        HostsContent once = HostsContent.of(file).apply(names);
        assertThat(once.apply(names).bytes()).isEqualTo(once.bytes());
    }

    @Property(tries = 1000)
    void applyingAnotherSetReplacesTheFirst(@ForAll("hostsFiles") byte[] file, @ForAll("nameSets") List<String> first,
            @ForAll("nameSets") List<String> second) {
        HostsContent original = HostsContent.of(file);
        HostsContent both = original.apply(first).apply(second);
        assertThat(both.bytes()).isEqualTo(original.apply(second).bytes());
        assertThat(both.remove().bytes()).isEqualTo(file);
    }

    @Property(tries = 1000)
    void everyByteOutsideTheBlockIsKeptInOrder(@ForAll("hostsFiles") byte[] file, @ForAll("nameSets") List<String> names) {
        String applied = new String(HostsContent.of(file).apply(names).bytes(), StandardCharsets.ISO_8859_1);
        String original = new String(file, StandardCharsets.ISO_8859_1);
        Matcher block = Pattern.compile("(?m)^" + Pattern.quote(HostsContent.BEGIN)
                + "\r?$[\\s\\S]*?^" + Pattern.quote(HostsContent.END) + "(?=\r?$)").matcher(applied);
        assertThat(block.find()).isTrue();
        int begin = block.start();
        int afterEnd = block.end();
        String before = applied.substring(0, begin);
        String after = applied.substring(afterEnd);
        // Outside the markers there is the original, plus at most the one line end that separates the block.
        assertThat(List.of(before + after.replaceFirst("^\r?\n", ""), before.replaceFirst("\r?\n$", "") + after))
                .contains(original);
    }

    @Provide
    Arbitrary<List<String>> nameSets() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(12)
                .filter(s -> Character.isLetter(s.charAt(0)));
        Arbitrary<String> name = Combinators.combine(label, label, Arbitraries.of("com", "org", "io", "co.uk"))
                .as((a, b, tld) -> a + "." + b + "." + tld);
        return name.list().ofMinSize(1).ofMaxSize(8).map(l -> l.stream().distinct().sorted().toList());
    }

    @Provide
    Arbitrary<byte[]> hostsFiles() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("127.0.0.1 localhost", "::1 localhost ip6-localhost", "# comment", "", "   ",
                        "\t# indented", "0.0.0.0 youtube.com", ":: youtube.com", "# BEGIN BLOCKLIST", "# END BLOCKLIST",
                        "# >>> conda initialize >>>", "# <<< conda initialize <<<", HostsContent.BEGIN + " ",
                        " " + HostsContent.BEGIN, "#" + HostsContent.END, HostsContent.END + "x", "# >>> FocusFlow",
                        "192.168.1.10 nas nas.local # my NAS", "ff02::1 ip6-allnodes"),
                Arbitraries.strings().ofMaxLength(40).filter(s -> s.indexOf('\n') < 0 && s.indexOf('\r') < 0));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(line.list().ofMaxSize(25), eol, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10)).as((lines, lineEnd, bom, finalNewline, mixedAt) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
                        boolean last = i == lines.size() - 1;
                        if (!last || finalNewline) {
                            out.writeBytes((i == mixedAt ? "\n" : lineEnd).getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    return out.toByteArray();
                });
    }
}
