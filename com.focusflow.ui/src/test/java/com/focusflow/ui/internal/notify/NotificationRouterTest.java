package com.focusflow.ui.internal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.focusflow.api.notify.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class NotificationRouterTest {
    private final List<String> toasts = new ArrayList<>();
    private final List<String> desktop = new ArrayList<>();
    private final List<String> tray = new ArrayList<>();
    private final List<Runnable> ticks = new ArrayList<>();
    private boolean inFront;
    private boolean desktopWorks = true;

    private final DesktopNotifier fakeDesktop = new DesktopNotifier() {
        private long next = 1;

        @Override
        public long show(String title, String body, boolean urgent, long replaces) {
            if (!desktopWorks) {
                throw new IllegalStateException("no session bus");
            }
            long id = replaces == 0 ? next++ : replaces;
            desktop.add(id + " " + title + (urgent ? " !" : ""));
            return id;
        }

        @Override
        public void close() {
        }
    };

    private NotificationRouter router(Optional<Consumer<Notification>> trayMessages) {
        return new NotificationRouter(new NotificationRouter.Window() {
            @Override
            public boolean inFront() {
                return inFront;
            }

            @Override
            public void toast(String key, Notification notification) {
                toasts.add(key + " " + notification.title());
            }
        }, fakeDesktop, trayMessages, Runnable::run, (millis, task) -> ticks.add(task));
    }

    private static Notification warning(String app) {
        return Notification.warning(Notification.APP_WARNING, "Closing " + app,
                app + " is blocked during your focus session and will be closed in 3 s.");
    }

    @Test
    void aHiddenWindowSendsABlockedAppsWarningToTheDesktopCountingDownThenClosed() {
        NotificationRouter router = router(Optional.empty());

        router.post(warning("ffvictim"));
        runTicks();
        router.appClosed("ffvictim");

        assertThat(desktop).containsExactly("1 Closing ffvictim in 3 !", "1 Closing ffvictim in 2 !",
                "1 Closing ffvictim in 1 !", "1 ffvictim was closed");
        assertThat(toasts).isEmpty();
    }

    @Test
    void aWindowInFrontShowsToastsThatReplaceEachOther() {
        inFront = true;
        NotificationRouter router = router(Optional.empty());

        router.post(warning("ffvictim"));
        runTicks();
        router.appClosed("FFVICTIM.exe");
        router.post(Notification.info(Notification.SESSION_ENDED, "Focus session complete", "25 min"));

        assertThat(toasts).containsExactly("app-warning Closing ffvictim in 3", "app-warning Closing ffvictim in 2",
                "app-warning Closing ffvictim in 1", "app-warning ffvictim was closed", "session-ended Focus session complete");
        assertThat(desktop).isEmpty();
    }

    @Test
    void withoutADesktopServiceTheTrayThenTheToastTakeOver() {
        desktopWorks = false;
        router(Optional.of(n -> tray.add(n.title()))).post(Notification.info("x", "Tray", "m"));
        router(Optional.empty()).post(Notification.info("x", "Toast", "m"));

        assertThat(tray).containsExactly("Tray");
        assertThat(toasts).containsExactly("x Toast");
    }

    @Test
    void aWarningOfAnotherFormIsShownAsItIs() {
        router(Optional.empty()).post(Notification.warning(Notification.APP_WARNING, "Something", "else"));

        assertThat(desktop).containsExactly("1 Something !");
        assertThat(ticks).isEmpty();
    }

    @Test
    void processNamesMatchTheBlockedNameWithoutCaseOrExe() {
        assertThat(NotificationRouter.matches("discord", "Discord.exe")).isTrue();
        assertThat(NotificationRouter.matches("discord", "discordptb")).isFalse();
    }

    private void runTicks() {
        while (!ticks.isEmpty()) {
            ticks.remove(0).run();
        }
    }
}
