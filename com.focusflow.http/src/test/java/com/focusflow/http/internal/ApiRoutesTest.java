package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRoutesTest {

    private final ApiRoutes routes = new ApiRoutes();
    private final RouteTable sessions = new RouteTable(List.of());
    private final RouteTable active = new RouteTable(List.of());
    private final RouteTable other = new RouteTable(List.of());

    private RouteTable resourceFor(String path) {
        return routes.find(path).map(ApiRoutes.Match::table).orElse(null);
    }

    @Test
    void prefixMatchesOnSegmentBoundariesOnly() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 1, sessions));

        assertThat(resourceFor("/sessions")).isSameAs(sessions);
        assertThat(resourceFor("/sessions/active")).isSameAs(sessions);
        assertThat(resourceFor("/sessions/active/end")).isSameAs(sessions);
        assertThat(routes.find("/sessionsX")).isEmpty();
        assertThat(routes.find("/session")).isEmpty();
        assertThat(routes.find("/other/sessions")).isEmpty();
    }

    @Test
    void remainderIsThePathAfterThePrefix() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 1, sessions));

        assertThat(routes.find("/sessions")).get().extracting(ApiRoutes.Match::remainder).isEqualTo("");
        assertThat(routes.find("/sessions/active/end")).get().extracting(ApiRoutes.Match::remainder)
                .isEqualTo("/active/end");
    }

    @Test
    void longestMatchingPathWinsWhateverTheOrderAndRanking() {
        routes.add(new ApiRoutes.Route("/sessions/active", -100, 9, active));
        routes.add(new ApiRoutes.Route("/sessions", 100, 1, sessions));

        assertThat(resourceFor("/sessions/active/end")).isSameAs(active);
        assertThat(routes.find("/sessions/active/end").get().remainder()).isEqualTo("/end");
        assertThat(resourceFor("/sessions/activeX")).isSameAs(sessions);
        assertThat(resourceFor("/sessions/history")).isSameAs(sessions);
    }

    @Test
    void highestRankingWinsAmongEqualPaths() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 1, sessions));
        routes.add(new ApiRoutes.Route("/sessions", 10, 2, other));
        routes.add(new ApiRoutes.Route("/sessions", 5, 3, active));

        assertThat(resourceFor("/sessions/x")).isSameAs(other);
    }

    @Test
    void lowestServiceIdWinsAmongEqualPathsAndRankings() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 7, other));
        routes.add(new ApiRoutes.Route("/sessions", 0, 3, sessions));
        routes.add(new ApiRoutes.Route("/sessions", 0, 5, active));

        assertThat(resourceFor("/sessions")).isSameAs(sessions);
    }

    @Test
    void removedServiceNoLongerAnswersAndTheNextInLineTakesOver() {
        routes.add(new ApiRoutes.Route("/sessions", 10, 1, sessions));
        routes.add(new ApiRoutes.Route("/sessions", 0, 2, other));

        routes.remove(1);

        assertThat(resourceFor("/sessions")).isSameAs(other);
        routes.remove(2);
        assertThat(routes.find("/sessions")).isEmpty();
    }

    @Test
    void aRemovedPathIsRememberedSoItsRequestsAreUnavailableRatherThanUnknown() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 1, sessions));
        routes.remove(1);

        assertThat(routes.formerPath("/sessions/active/end")).contains("/sessions");
        assertThat(routes.formerPath("/sessions")).contains("/sessions");
        assertThat(routes.formerPath("/sessionsX")).isEmpty();
        assertThat(routes.formerPath("/blocklist")).isEmpty();
    }

    @Test
    void emptyOrNullPathFindsNothingWhenOnlyRealPathsAreRegistered() {
        routes.add(new ApiRoutes.Route("/sessions", 0, 1, sessions));

        assertThat(routes.find("")).isEmpty();
        assertThat(routes.find(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sessions", "/a", "/sessions/active"})
    void validPathsStartWithSlashAndDoNotEndWithOne(String path) {
        assertThat(ApiRoutes.isValidPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "sessions", "/sessions/"})
    void invalidPathsAreRefused(String path) {
        assertThat(ApiRoutes.isValidPath(path)).isFalse();
    }

    @Test
    void nonStringPathsAreRefused() {
        assertThat(ApiRoutes.isValidPath(null)).isFalse();
        assertThat(ApiRoutes.isValidPath(new String[] {"/sessions"})).isFalse();
    }
}
