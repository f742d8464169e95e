package com.focusflow.sync.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.sync.internal.NoteContributor.Note;
import com.focusflow.testing.Gen;
import com.focusflow.testing.Tries;

/**
 * Thousands of generated bad peer files, each under a valid peer file name: truncated documents, one bad item
 * among good new ones, random bytes, a newer format, oversized files and broken device files. None may change
 * anything here, and the folder sync goes on merging good files afterwards.
 */
class BadPeerFilesTest {

    /** Tries of {@value #FILES_PER_TRY} files each: 2,000 bad files, one merge (and one bookkeeping write) per try. */
    static final int TRIES = 100;
    static final int FILES_PER_TRY = 20;
    static final int MAX_BYTES = 4096;

    @TempDir
    Path root;

    record BadFile(String name, byte[] content) {
    }

    @Test
    void generatedBadPeerFilesChangeNothing() throws Exception {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Device here = new Device(root, "here", shared, java.time.Duration.ZERO, MAX_BYTES, java.time.Clock.systemUTC());
        here.put("mine", "kept", 1);
        Map<String, Note> before = new TreeMap<>(here.notes.table);
        String peer = UUID.randomUUID().toString();

        Tries.check(TRIES, gen -> badFiles(gen, peer), files -> {
            for (BadFile file : files) {
                Files.write(shared.resolve(file.name()), file.content());
            }
            here.folderSync.scan();
            assertThat(here.notes.table).isEqualTo(before);
            assertThat(here.folderSync.status().peers()).singleElement().extracting(p -> p.lastError()).isNotNull();
            for (BadFile file : files) {
                Files.deleteIfExists(shared.resolve(file.name()));
            }
        });

        Files.writeString(shared.resolve(FolderNames.dataFile(peer, "notes", null)), document("{\"id\":\"good\",\"text\":\"t\","
                + "\"revision\":1}"));
        here.folderSync.scan();
        assertThat(here.notes.table).containsOnlyKeys("mine", "good");
    }

    /** Bad files under distinct names: data files of different months, at most one device file. */
    static java.util.List<BadFile> badFiles(Gen gen, String peer) {
        Map<String, BadFile> byName = new TreeMap<>();
        for (int i = 0; i < FILES_PER_TRY; i++) {
            BadFile file = bad(gen, peer, String.format("20%02d-%02d", i / 12 + 10, i % 12 + 1));
            byName.put(file.name(), file);
        }
        return java.util.List.copyOf(byName.values());
    }

    static BadFile bad(Gen gen, String peer, String month) {
        String data = FolderNames.dataFile(peer, "notes", month);
        String goodItems = goodItems(gen);
        return switch (gen.between(0, 5)) {
            case 0 -> { // cut off mid-write
                byte[] whole = document(goodItems).getBytes(StandardCharsets.UTF_8);
                yield new BadFile(data, Arrays.copyOf(whole, gen.between(0, whole.length - 1)));
            }
            case 1 -> { // one bad item among good new ones: all or nothing
                String badItem = gen.oneOf("{\"id\":null,\"text\":\"x\",\"revision\":1}", "{\"text\":\"no id\",\"revision\":1}",
                        "{\"id\":\"x\",\"revision\":\"many\"}", "{\"id\":\"x\",\"text\":{},\"revision\":1}", "[]", "17");
                yield new BadFile(data, document(goodItems + "," + badItem).getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> { // not JSON at all
                byte[] noise = gen.bytes(200);
                byte[] content = new byte[noise.length + 1];
                content[0] = (byte) gen.pick("x#<\u0000]");
                System.arraycopy(noise, 0, content, 1, noise.length);
                yield new BadFile(data, content);
            }
            case 3 -> new BadFile(data, document(goodItems).replace("\"formatVersion\":1", "\"formatVersion\":"
                    + gen.between(2, 1_000_000)).getBytes(StandardCharsets.UTF_8));
            case 4 -> { // larger than the limit
                String padding = "\"" + "p".repeat(MAX_BYTES) + "\"";
                yield new BadFile(data, document(goodItems).replace("\"appVersion\":\"t\"", "\"appVersion\":" + padding)
                        .getBytes(StandardCharsets.UTF_8));
            }
            default -> new BadFile(FolderNames.deviceFile(peer), gen.oneOf(
                    "{\"formatVersion\":1,\"deviceId\":\"" + UUID.randomUUID() + "\",\"deviceName\":\"x\",\"writtenAt\":\"2026-01-01T00:00:00Z\"}",
                    "{\"formatVersion\":1,\"deviceId\":\"" + peer + "\",\"deviceName\":\"" + gen.string(200) + "\u0007\","
                            + "\"writtenAt\":\"2026-01-01T00:00:00Z\"}",
                    "{\"formatVersion\":1,\"deviceId\":\"" + peer + "\",\"deviceName\":\"\",\"writtenAt\":\"2026-01-01T00:00:00Z\"}",
                    "{\"formatVersion\":9,\"deviceId\":\"" + peer + "\",\"deviceName\":\"x\",\"writtenAt\":\"2026-01-01T00:00:00Z\"}",
                    new String(gen.bytes(100), StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String goodItems(Gen gen) {
        StringBuilder items = new StringBuilder();
        int n = gen.between(1, 5);
        for (int i = 0; i < n; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"new-").append(gen.between(0, 1_000_000))
                    .append("\",\"text\":\"t\",\"revision\":1}");
        }
        return items.toString();
    }

    static String document(String items) {
        return "{\"formatVersion\":1,\"appVersion\":\"t\",\"exportedAt\":\"2026-01-01T00:00:00Z\",\"sections\":{\"notes\":"
                + "{\"items\":[" + items + "]}}}";
    }
}
