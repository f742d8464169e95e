package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.session.SessionService;

/** Found by the reliability suite: ?limit=1&offset=2147483647 made the query fail on SQLite (a 500). */
class HistoryPageTest {

    @TempDir
    Path dir;
    LiveSessions live;

    @BeforeEach
    void open() {
        live = new LiveSessions(dir);
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void theLargestOffsetWorksAndABiggerOneIsInvalidInput() {
        assertThat(live.sessions.history(null, null, SessionService.MAX_PAGE_SIZE, SessionRules.MAX_OFFSET).items()).isEmpty();
        for (int offset : new int[] { SessionRules.MAX_OFFSET + 1, Integer.MAX_VALUE }) {
            assertThatThrownBy(() -> live.sessions.history(null, null, 1, offset)).isInstanceOfSatisfying(FocusFlowException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                        assertThat(e.getMessage()).startsWith("offset must be 0..");
                    });
        }
    }
}
