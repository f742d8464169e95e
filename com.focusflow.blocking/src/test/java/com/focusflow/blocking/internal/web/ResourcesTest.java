package com.focusflow.blocking.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.blocking.BlockingStatus;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.testing.FakeRequest;
import com.focusflow.blocking.internal.engage.BlockingSettings;
import com.focusflow.blocking.internal.engage.TestControllers;
import com.focusflow.blocking.internal.list.BlockList;
import com.focusflow.blocking.internal.list.MemoryBlockListStore;
import com.focusflow.blocking.testing.RecordingEvents;

class ResourcesTest {

    private final RecordingEvents events = new RecordingEvents();
    private final BlockList list = new BlockList(new MemoryBlockListStore(), events);
    private final BlockListResource blockList = new BlockListResource(list);
    private final TestControllers.Handle controller = TestControllers.create(list, new BlockingSettings() {
        private boolean enabled = true;

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }, events);
    private final BlockingResource blocking = new BlockingResource(controller.service());
    private final BlockCommands commands = new BlockCommands(list, controller.service());

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void postAnswers201WithTheNormalizedItemAndGetListsIt() {
        ApiResponse created = FakeRequest.of("POST", "", Map.of(), new BlockListResource.NewItem("website", "https://www.YouTube.com/watch?v=x")).to(blockList);
        assertThat(created.status()).isEqualTo(201);
        BlockedItem item = (BlockedItem) created.body();
        assertThat(item.type()).isEqualTo(ItemType.WEBSITE);
        assertThat(item.value()).isEqualTo("youtube.com");

        assertThat(FakeRequest.of("GET", "", Map.of(), null).to(blockList).body()).isEqualTo(List.of(item));
        assertThat(FakeRequest.of("GET", "", Map.of("type", "app"), null).to(blockList).body()).isEqualTo(List.of());
        BlockedItem deleted = (BlockedItem) FakeRequest.of("DELETE", "/" + item.id(), Map.of(), null).to(blockList).body();
        assertThat(deleted.enabled()).isFalse();
    }

    @Test
    void badRequestsAreTypedErrors() {
        assertThat(kind(() -> FakeRequest.of("POST", "", Map.of(), new BlockListResource.NewItem("site", "a b.com")).to(blockList)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> FakeRequest.of("POST", "", Map.of(), new BlockListResource.NewItem(null, "a.com")).to(blockList)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> FakeRequest.of("POST", "", Map.of(), null).to(blockList))).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> FakeRequest.of("DELETE", "/77", Map.of(), null).to(blockList))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kind(() -> FakeRequest.of("PATCH", "", Map.of(), null).to(blockList))).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(kind(() -> FakeRequest.of("PUT", "", Map.of(), new BlockingResource.EnabledChange(null)).to(blocking)))
                .isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(kind(() -> FakeRequest.of("GET", "/x", Map.of(), null).to(blocking))).isEqualTo(ErrorKind.NOT_FOUND);
    }

    @Test
    void putBlockingTogglesTheFlag() {
        BlockingStatus status = (BlockingStatus) FakeRequest.of("PUT", "", Map.of(), new BlockingResource.EnabledChange(false)).to(blocking).body();
        assertThat(status.enabled()).isFalse();
        assertThat(((BlockingStatus) FakeRequest.of("GET", "", Map.of(), null).to(blocking).body()).enabled()).isFalse();
    }

    @Test
    void gogoCommands() {
        assertThat(commands.add("site", "YouTube.com")).contains("youtube.com").contains("enabled");
        assertThat(commands.add("app", "Discord.exe")).contains("discord");
        assertThat(commands.list()).contains("youtube.com").contains("discord");
        assertThat(commands.remove("site", "www.youtube.com")).contains("disabled");
        assertThat(commands.remove("app", "steam")).as("printed on the error stream instead").isNull();
        assertThat(commands.add("site", "a b.com")).isNull();
        assertThat(commands.off()).startsWith("blocking disabled");
        assertThat(commands.on()).startsWith("blocking enabled, not engaged");
        assertThat(commands.status()).startsWith("blocking enabled");
    }

    private static ErrorKind kind(Runnable call) {
        try {
            call.run();
        } catch (FocusFlowException e) {
            return e.kind();
        }
        throw new AssertionError("no FocusFlowException");
    }
}
