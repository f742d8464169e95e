package com.focusflow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BasicAuthorizationTest {

    private static String encoded(String userColonPassword) {
        return Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPassword() {
        assertThat(BasicAuthorization.parse("Basic " + encoded("admin:secret")))
                .contains(new Credentials("admin", "secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic ", "BASIC ", "bAsIc "})
    void schemeIsCaseInsensitive(String scheme) {
        assertThat(BasicAuthorization.parse(scheme + encoded("admin:secret")))
                .contains(new Credentials("admin", "secret"));
    }

    @Test
    void passwordMayContainColons() {
        assertThat(BasicAuthorization.parse("Basic " + encoded("admin:a:b:c")))
                .contains(new Credentials("admin", "a:b:c"));
    }

    @Test
    void decodesUtf8() {
        assertThat(BasicAuthorization.parse("Basic " + encoded("jörg:pässwörd€")))
                .contains(new Credentials("jörg", "pässwörd€"));
    }

    @Test
    void toleratesBlanksAroundTheToken() {
        assertThat(BasicAuthorization.parse("Basic   " + encoded("admin:secret") + "  "))
                .contains(new Credentials("admin", "secret"));
    }

    @Test
    void emptyPasswordIsKeptAsEmpty() {
        assertThat(BasicAuthorization.parse("Basic " + encoded("admin:"))).contains(new Credentials("admin", ""));
    }

    @Test
    void refusesDecodedTextWithoutColon() {
        assertThat(BasicAuthorization.parse("Basic " + encoded("adminsecret"))).isEmpty();
    }

    @Test
    void refusesMalformedBase64() {
        assertThat(BasicAuthorization.parse("Basic !!not*base64")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Basic", "Basic ", "Bearer YWRtaW46c2VjcmV0", "Digest username=\"admin\"", "BasicYWRtaW46c2VjcmV0"})
    void refusesMissingOrOtherSchemes(String header) {
        assertThat(BasicAuthorization.parse(header)).isEmpty();
    }
}
