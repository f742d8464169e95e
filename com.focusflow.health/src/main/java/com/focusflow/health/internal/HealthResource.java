package com.focusflow.health.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.health.HealthService;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

/** {@code GET /focusflow/api/v1/health}: always 200 while the API answers; the body says how well. */
@Component(property = ApiResource.PATH + "=/health")
public final class HealthResource implements ApiResource {

    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("", request -> ApiResponse.ok(health.report())));
    }
}
