package com.focusflow.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import org.junit.jupiter.api.Test;

class ApiResponseTest {

    @Test
    void factoriesSetStatusAndContentType() {
        assertThat(ApiResponse.ok("x").status()).isEqualTo(200);
        assertThat(ApiResponse.created("x").status()).isEqualTo(201);
        assertThat(ApiResponse.noContent()).extracting(ApiResponse::status, ApiResponse::body).containsExactly(204, null);
        StreamingBody body = out -> out.write('{');
        ApiResponse download = ApiResponse.download("application/json", "focusflow-export.json", body);
        assertThat(download.body()).isSameAs(body);
        assertThat(download.fileName()).isEqualTo("focusflow-export.json");
        assertThat(new ApiResponse(200, null, null, null).contentType()).isEqualTo(ApiResponse.JSON);
    }

    @Test
    void refusesImpossibleStatus() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiResponse(42, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiResponse(600, null, null, null));
    }

    @Test
    void errorBodyCarriesKindAndMessage() {
        ApiError error = ApiError.of(FocusFlowException.notFound("no block-list item '%s'", "7"));

        assertThat(error.error()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(error.message()).isEqualTo("no block-list item '7'");
    }

    @Test
    void routesRefuseUnknownMethodsAndMalformedPaths() {
        ApiHandler handler = request -> ApiResponse.noContent();
        assertThat(ApiRoute.get("/{id}", handler).method()).isEqualTo("GET");
        assertThat(ApiRoute.post("", handler).path()).isEmpty();
        assertThat(ApiRoute.delete("/active/end", handler).path()).isEqualTo("/active/end");
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiRoute("HEAD", "", handler));
        assertThatIllegalArgumentException().isThrownBy(() -> ApiRoute.get("active", handler));
        assertThatIllegalArgumentException().isThrownBy(() -> ApiRoute.get("/active/", handler));
        assertThatIllegalArgumentException().isThrownBy(() -> ApiRoute.get("/{id", handler));
        assertThatIllegalArgumentException().isThrownBy(() -> ApiRoute.get("/a//b", handler));
    }
}
