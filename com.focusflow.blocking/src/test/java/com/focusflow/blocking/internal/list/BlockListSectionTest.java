package com.focusflow.blocking.internal.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingTopics;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;
import com.focusflow.blocking.testing.RecordingEvents;

class BlockListSectionTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:30:00Z");
    static final Instant T1 = Instant.parse("2026-01-04T10:00:00Z");

    final MemoryBlockListStore store = new MemoryBlockListStore();
    final RecordingEvents events = new RecordingEvents();
    final BlockListSection section = new BlockListSection(store, events, Clock.fixed(NOW, ZoneOffset.UTC),
            com.focusflow.blocking.internal.strict.StrictSession.NONE);

    List<BlockedItem> export() {
        List<BlockedItem> items = new ArrayList<>();
        section.export(items::add);
        return items;
    }

    @Test
    void importNormalizesMergesAnnouncesOnceAndASecondImportChangesNothing() {
        store.add(ItemType.WEBSITE, "youtube.com", T1);
        List<BlockedItem> incoming = List.of(
                new BlockedItem("1", ItemType.WEBSITE, "https://www.YouTube.com/watch", false, T1.plusSeconds(5)),
                new BlockedItem("2", ItemType.APP, "Steam.exe", true, T1));

        ImportPlan plan = section.prepareImport(incoming);
        assertThat(plan.report()).isEqualTo(new SectionReport(1, 1, 0));
        assertThat(store.list(null)).as("preparing writes nothing").hasSize(1);

        assertThat(plan.apply()).isEqualTo(new SectionReport(1, 1, 0));
        assertThat(export()).containsExactly(new BlockedItem("2", ItemType.APP, "steam", true, T1),
                new BlockedItem("1", ItemType.WEBSITE, "youtube.com", false, T1.plusSeconds(5)));
        assertThat(events.topics()).containsExactly(BlockingTopics.BLOCKLIST_CHANGED);

        assertThat(section.prepareImport(incoming).apply()).isEqualTo(new SectionReport(0, 0, 2));
        assertThat(events.topics()).as("nothing changed, nothing announced").hasSize(1);
    }

    /** Issue 12 point 6: an import that would disable items is refused during a strict session; one that adds is not. */
    @Test
    void duringAStrictSessionAnImportMayAddButNotDisable() {
        store.add(ItemType.WEBSITE, "youtube.com", T1);
        com.focusflow.api.session.Session strict = new com.focusflow.api.session.Session("s1",
                com.focusflow.api.session.SessionType.FOCUS, T1, null, 25, 60, 1440L, false, true, null);
        BlockListSection during = new BlockListSection(store, events, Clock.fixed(NOW, ZoneOffset.UTC),
                new com.focusflow.blocking.internal.strict.StrictSession(() -> java.util.Optional.of(strict)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> during.prepareImport(
                List.of(new BlockedItem("1", ItemType.WEBSITE, "youtube.com", false, T1.plusSeconds(5)))))
                .isInstanceOfSatisfying(com.focusflow.api.FocusFlowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(com.focusflow.api.ErrorKind.INVALID_SESSION);
                    assertThat(e.getMessage()).contains("24 min 00 s");
                });
        assertThat(store.list(null)).singleElement().satisfies(i -> assertThat(i.enabled()).isTrue());

        ImportPlan adding = during.prepareImport(List.of(new BlockedItem(null, ItemType.APP, "steam", true, T1)));
        assertThat(adding.apply().added()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "id        | blocklist[1].id: must be a positive whole number",
        "type      | blocklist[1].type: is required",
        "host      | blocklist[1].value: website 'exa mple.com' cannot be blocked",
        "newline   | blocklist[1].value: website 'evil.com\\u000a0.0.0.0 x.org' cannot be blocked",
        "ip        | blocklist[1].value: website '127.0.0.1' cannot be blocked: IP addresses",
        "protected | blocklist[1].value: app 'systemd' cannot be blocked",
        "noValue   | blocklist[1].value: website is required",
        "noTime    | blocklist[1].updatedAt: is required",
        "future    | blocklist[1].updatedAt: 2026-01-07T09:30:00Z is not plausible",
        "duplicate | blocklist[1].value: website youtube.com appears twice, first at blocklist[0]" })
    void aBadItemIsRefusedNamingThePlaceAndNothingChanges(String problem, String message) {
        BlockedItem good = new BlockedItem("1", ItemType.WEBSITE, "youtube.com", true, T1);
        BlockedItem bad = switch (problem) {
            case "id" -> new BlockedItem("-3", ItemType.WEBSITE, "arte.tv", true, T1);
            case "type" -> new BlockedItem(null, null, "arte.tv", true, T1);
            case "host" -> new BlockedItem(null, ItemType.WEBSITE, "exa mple.com", true, T1);
            case "newline" -> new BlockedItem(null, ItemType.WEBSITE, "evil.com\n0.0.0.0 x.org", true, T1);
            case "ip" -> new BlockedItem(null, ItemType.WEBSITE, "127.0.0.1", true, T1);
            case "protected" -> new BlockedItem(null, ItemType.APP, "systemd", true, T1);
            case "noValue" -> new BlockedItem(null, ItemType.WEBSITE, null, true, T1);
            case "noTime" -> new BlockedItem(null, ItemType.WEBSITE, "arte.tv", true, null);
            case "future" -> new BlockedItem(null, ItemType.WEBSITE, "arte.tv", true, NOW.plusSeconds(2 * 86_400));
            case "duplicate" -> new BlockedItem("2", ItemType.WEBSITE, "www.youtube.com", true, T1);
            default -> throw new IllegalArgumentException(problem);
        };
        assertThatThrownBy(() -> section.prepareImport(List.of(good, bad)))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining(message);
        assertThat(store.list(null)).isEmpty();
        assertThat(events.events).isEmpty();
    }
}
