package com.focusflow.ui.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.health.HealthStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlockListViewModelTest {
    private final BlockListViewModel model = new BlockListViewModel(new UiThreads(Runnable::run, Runnable::run));
    private final FakeBlocking blocking = new FakeBlocking();

    @BeforeEach
    void bind() {
        model.listServiceChanged(blocking);
        model.blockingServiceChanged(blocking);
    }

    @Test
    void anInvalidItemShowsTheServicesMessageInlineAndChangesNothing() {
        model.newValueProperty().set("you tube.com");
        model.add();

        assertThat(model.errorProperty().get()).isEqualTo("'you tube.com' is not a valid host name: it contains a space");
        assertThat(model.newValueProperty().get()).as("kept for correcting").isEqualTo("you tube.com");
        assertThat(model.items()).isEmpty();
    }

    @Test
    void aValidItemIsAddedTheFieldClearedAndTheErrorGone() {
        model.newValueProperty().set("bad one");
        model.add();
        model.newTypeProperty().set(ItemType.APP);
        model.newValueProperty().set("Discord");
        model.add();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.newValueProperty().get()).isEmpty();
        assertThat(model.items()).containsExactly(new BlockListViewModel.Row("1", ItemType.APP, "discord"));
        assertThat(model.items().get(0).removeText()).isEqualTo("Remove app discord");
    }

    @Test
    void aRemovedItemLeavesTheList() {
        model.newValueProperty().set("youtube.com");
        model.add();
        model.newValueProperty().set("reddit.com");
        model.add();

        model.remove(model.items().get(0));

        assertThat(model.items()).extracting(BlockListViewModel.Row::value).containsExactly("reddit.com");
    }

    @Test
    void theEnableToggleSwitchesBlockingAndShowsARefusal() {
        model.enabledProperty().set(false);
        assertThat(blocking.enabled).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Blocking is off");

        model.enabledProperty().set(true);
        blocking.strictSession = true;
        model.enabledProperty().set(false);

        assertThat(model.errorProperty().get()).isEqualTo("blocking cannot be turned off during a strict session");
        assertThat(blocking.enabled).isTrue();
        assertThat(model.enabledProperty().get()).as("shown as it really is").isTrue();
    }

    @Test
    void eachBlockerShowsItsHealthWithTheFix() {
        blocking.blockers = List.of(FakeBlocking.degradedHosts("no permission to write /etc/hosts: run sudo ..."),
                BlockerHealth.up("processes"));
        model.refresh();

        assertThat(model.health()).containsExactly(
                "Website blocking needs attention: no permission to write /etc/hosts: run sudo ...",
                "App blocking works");
        assertThat(BlockListViewModel.describe(new BlockerHealth("vpn", HealthStatus.DOWN, null)))
                .isEqualTo("vpn failed: DOWN");
    }

    @Test
    void whileEitherServiceIsGoneThePanelIsUnavailableAndComesBack() {
        model.newValueProperty().set("youtube.com");
        model.add();

        model.blockingServiceChanged(null);
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo(BlockListViewModel.UNAVAILABLE);
        assertThat(model.items()).isEmpty();
        model.newValueProperty().set("reddit.com");
        model.add(); // still the list service: works; nothing throws either way
        model.listServiceChanged(null);
        model.add();
        model.remove(new BlockListViewModel.Row("1", ItemType.WEBSITE, "youtube.com"));
        assertThat(model.availableProperty().get()).isFalse();

        model.listServiceChanged(blocking);
        model.blockingServiceChanged(blocking);

        assertThat(model.availableProperty().get()).isTrue();
        assertThat(model.items()).extracting(BlockListViewModel.Row::value).containsExactly("youtube.com", "reddit.com");
    }
}
