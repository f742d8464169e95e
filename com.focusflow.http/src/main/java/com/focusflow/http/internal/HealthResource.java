package com.focusflow.http.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;

/** {@code GET /focusflow/api/v1/health}: always 200 while the API answers; the body says how well. */
@Component(property = ApiResource.PATH + "=/health")
public final class HealthResource implements ApiResource {

    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.path().isEmpty() || !"GET".equals(request.method())) {
            throw FocusFlowException.notFound("%s /health%s is not supported; use GET /health", request.method(),
                    request.path());
        }
        return ApiResponse.ok(health.report());
    }
}
