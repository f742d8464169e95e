package com.focusflow.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.focusflow.testing.Gen;
import com.focusflow.testing.Tries;

/** The laws of the hosts editor over generated hosts files. */
class HostsContentPropertiesTest {

    private record Applied(byte[] file, List<String> names) {
        Applied(Gen gen) {
            this(hostsFile(gen), nameSet(gen));
        }
    }

    private record AppliedTwice(byte[] file, List<String> first, List<String> second) {
        AppliedTwice(Gen gen) {
            this(hostsFile(gen), nameSet(gen), nameSet(gen));
        }
    }

    @Test
    void applyThenRemoveIsIdentity() {
        Tries.check(2000, Applied::new, in -> {
            HostsContent original = HostsContent.of(in.file());
            assertThat(original.apply(in.names()).remove().bytes()).isEqualTo(in.file());
        });
    }

    @Test
    void applyIsIdempotent() {
        Tries.check(2000, Applied::new, in -> {
            HostsContent once = HostsContent.of(in.file()).apply(in.names());
            assertThat(once.apply(in.names()).bytes()).isEqualTo(once.bytes());
        });
    }

    @Test
    void applyingAnotherSetReplacesTheFirst() {
        Tries.check(1000, AppliedTwice::new, in -> {
            HostsContent original = HostsContent.of(in.file());
            HostsContent both = original.apply(in.first()).apply(in.second());
            assertThat(both.bytes()).isEqualTo(original.apply(in.second()).bytes());
            assertThat(both.remove().bytes()).isEqualTo(in.file());
        });
    }

    @Test
    void everyByteOutsideTheBlockIsKeptInOrder() {
        Tries.check(1000, Applied::new, in -> {
            String applied = new String(HostsContent.of(in.file()).apply(in.names()).bytes(), StandardCharsets.ISO_8859_1);
            String original = new String(in.file(), StandardCharsets.ISO_8859_1);
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
        });
    }

    /** One to eight distinct names, sorted: label.label.tld, labels of a-z and digits starting with a letter. */
    private static List<String> nameSet(Gen gen) {
        return gen.list(1, 8, () -> label(gen) + "." + label(gen) + "." + gen.oneOf("com", "org", "io", "co.uk"))
                .stream().distinct().sorted().toList();
    }

    private static String label(Gen gen) {
        return gen.pick("abcdefghijklmnopqrstuvwxyz") + gen.string(0, 11, "abcdefghijklmnopqrstuvwxyz0123456789");
    }

    private static byte[] hostsFile(Gen gen) {
        List<String> lines = gen.list(0, 25, () -> gen.anyOf(
                () -> gen.oneOf("127.0.0.1 localhost", "::1 localhost ip6-localhost", "# comment", "", "   ",
                        "\t# indented", "0.0.0.0 youtube.com", ":: youtube.com", "# BEGIN BLOCKLIST", "# END BLOCKLIST",
                        "# >>> conda initialize >>>", "# <<< conda initialize <<<", HostsContent.BEGIN + " ",
                        " " + HostsContent.BEGIN, "#" + HostsContent.END, HostsContent.END + "x", "# >>> FocusFlow",
                        "192.168.1.10 nas nas.local # my NAS", "ff02::1 ip6-allnodes"),
                () -> gen.string(40).replace("\n", "").replace("\r", "")));
        String lineEnd = gen.oneOf("\n", "\r\n");
        boolean bom = gen.bool();
        boolean finalNewline = gen.bool();
        int mixedAt = gen.between(0, 10);
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
    }
}
