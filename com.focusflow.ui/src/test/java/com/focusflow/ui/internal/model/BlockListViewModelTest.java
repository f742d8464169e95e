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

        assertThat(model.health()).extracting(BlockListViewModel.HealthLine::line).containsExactly(
                "Website blocking: no permission to write /etc/hosts", "App blocking works");
        assertThat(model.health().get(0).details()).isEqualTo("no permission to write /etc/hosts: run sudo ...");
        assertThat(model.health().get(0).ok()).isFalse();
        assertThat(model.websiteProblemProperty().get())
                .isEqualTo("Website blocking will not work: no permission to write /etc/hosts");
        assertThat(BlockListViewModel.describe(new BlockerHealth("vpn", HealthStatus.DOWN, null)).line())
                .isEqualTo("vpn failed: not working");
    }

    @Test
    void aLongMessageBecomesOneShortLineAndTheWholeTextStaysForTheFixDialog() {
        String wall = "Website blocking needs permission to write /etc/hosts, which belongs to root and which FocusFlow "
                + "cannot change by itself. Install the helper: sudo run/install-helper";
        BlockListViewModel.HealthLine line = BlockListViewModel.describe(FakeBlocking.degradedHosts(wall));

        assertThat(line.line()).hasSizeLessThan(90).endsWith("…").doesNotContain("sudo");
        assertThat(line.details()).isEqualTo(wall);
    }

    @Test
    void aHealthChangeIsPickedUpByThePollWithoutAnEvent() {
        assertThat(model.websiteProblemProperty().get()).isEmpty();
        blocking.blockers = List.of(FakeBlocking.degradedHosts("hosts file not writable"), BlockerHealth.up("processes"));

        model.pollHealth();

        assertThat(model.websiteProblemProperty().get()).isEqualTo("Website blocking will not work: hosts file not writable");
    }

    @Test
    void duringAStrictSessionRemovingAndTurningOffAreRefusedWithTheEndTime() {
        model.newValueProperty().set("youtube.com");
        model.add();
        model.lockedUntilProperty().set("10:42");
        model.lockedProperty().set(true);

        model.remove(model.items().get(0));
        assertThat(model.errorProperty().get()).isEqualTo(
                "During a strict session the block list can grow but not shrink: nothing can be removed until it ends at 10:42.");
        assertThat(model.items()).hasSize(1);

        model.enabledProperty().set(false);
        assertThat(blocking.enabled).isTrue();
        assertThat(model.enabledProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).contains("turned off until it ends at 10:42");

        model.newValueProperty().set("reddit.com"); // growing is fine
        model.add();
        assertThat(model.items()).hasSize(2);
    }

    @Test
    void theTypeIsInferredFromTheTextAndGoesBackToWebsiteAfterAnAdd() {
        model.newValueProperty().set("https://www.example.com/watch");
        assertThat(model.newTypeProperty().get()).isEqualTo(ItemType.WEBSITE);
        model.newValueProperty().set("");
        model.newValueProperty().set("steam.exe");
        assertThat(model.newTypeProperty().get()).isEqualTo(ItemType.APP);

        model.newValueProperty().set("not a host!"); // no guess: stays as it was for the user to see
        model.newTypeProperty().set(ItemType.APP);   // chosen by hand: typing no longer changes it
        model.newValueProperty().set("discord");
        model.add();

        assertThat(model.newTypeProperty().get()).as("back to website after an add").isEqualTo(ItemType.WEBSITE);
        model.newValueProperty().set("not a host!");
        model.add();
        assertThat(model.errorProperty().get()).as("refused as a host, not stored as an app").contains("not a valid host name");
    }

    @Test
    void aDuplicateSaysSoAndARewrittenWebsiteSaysWhatIsBlocked() {
        model.newValueProperty().set("https://www.example.com/watch");
        model.add();
        assertThat(model.noteProperty().get()).isEqualTo("Added example.com (from https://www.example.com/watch; websites are "
                + "blocked by host name): www.example.com and m.example.com are blocked too.");
        assertThat(model.items().get(0).variants()).isEqualTo("also www.example.com, m.example.com");

        model.newValueProperty().set("example.com");
        model.add();
        assertThat(model.noteProperty().get()).isEqualTo("example.com is already on the block list.");
        assertThat(model.items()).hasSize(1);
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
