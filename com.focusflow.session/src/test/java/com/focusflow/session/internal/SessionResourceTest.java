package com.focusflow.session.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.Page;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.session.Session;
import com.focusflow.api.session.SessionType;
import com.focusflow.api.session.StartRequest;
import com.focusflow.testing.FakeRequest;

class SessionResourceTest {

    @TempDir
    Path dir;
    LiveSessions live;
    SessionResource resource;

    @BeforeEach
    void open() {
        live = new LiveSessions(dir);
        resource = new SessionResource(live.sessions);
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void postStartsAndAnswers201WithTheSession() {
        ApiResponse r = FakeRequest.post("", new StartBody(SessionType.FOCUS, 25, true, null)).to(resource);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body()).isInstanceOfSatisfying(Session.class, s -> {
            assertThat(s.strict()).isTrue();
            assertThat(s.remainingSeconds()).isEqualTo(1500);
        });
    }

    @Test
    void strictAndLabelMayBeLeftOutButNotTheMinutes() {
        ApiResponse r = FakeRequest.post("", new StartBody(SessionType.BREAK, 5, null, null)).to(resource);
        assertThat(((Session) r.body()).strict()).isFalse();

        assertThatThrownBy(() -> FakeRequest.post("", new StartBody(SessionType.FOCUS, null, false, null)).to(resource))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining("plannedMinutes is required");
    }

    @Test
    void activeIs200WhileOneRunsElse204() {
        assertThat(FakeRequest.get("/active", Map.of()).to(resource).status()).isEqualTo(204);
        live.sessions.start(StartRequest.of(SessionType.BREAK, 5));

        ApiResponse r = FakeRequest.get("/active", Map.of()).to(resource);

        assertThat(r.status()).isEqualTo(200);
        assertThat(((Session) r.body()).type()).isEqualTo(SessionType.BREAK);
    }

    @Test
    void endAnswersTheEndedSession() {
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        live.time.advance(Duration.ofSeconds(61));

        ApiResponse r = FakeRequest.post("/active/end", null).to(resource);

        assertThat(r.status()).isEqualTo(200);
        assertThat(((Session) r.body()).actualSeconds()).isEqualTo(61);
        assertThatThrownBy(() -> FakeRequest.post("/active/end", null).to(resource))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_SESSION));
    }

    @Test
    void getIsAPageOfHistoryAndGetByIdOneSession() {
        Session first = live.sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        live.sessions.end();
        live.time.advance(Duration.ofMinutes(1));
        live.sessions.start(StartRequest.of(SessionType.FOCUS, 25));
        live.sessions.end();

        ApiResponse page = FakeRequest.get("", Map.of("limit", "1", "offset", "1")).to(resource);
        Page<?> p = (Page<?>) page.body();
        assertThat(p.total()).isEqualTo(2);
        assertThat(p.items()).singleElement().isInstanceOfSatisfying(Session.class,
                s -> assertThat(s.id()).isEqualTo(first.id()));
        ApiResponse window = (FakeRequest.get("", Map.of("to", first.startTime().plusSeconds(1).toString()))).to(resource);
        assertThat(((Page<?>) window.body()).total()).isEqualTo(1);

        assertThat(FakeRequest.get("/" + first.id(), Map.of()).to(resource).body()).isEqualTo(live.sessions.get(first.id()).orElseThrow());
        assertThatThrownBy(() -> FakeRequest.get("/nope", Map.of()).to(resource))
                .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void unknownPathsAndMethodsHaveNoRoute() {
        for (FakeRequest r : new FakeRequest[] { FakeRequest.of("DELETE", "", Map.of(), null),
            FakeRequest.post("/active", null), FakeRequest.get("/active/end", Map.of()), FakeRequest.get("/a/b", Map.of()) }) {
            assertThatThrownBy(() -> r.to(resource)).as(r.method() + " " + r.path())
                    .isInstanceOfSatisfying(FocusFlowException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
        }
    }
}
