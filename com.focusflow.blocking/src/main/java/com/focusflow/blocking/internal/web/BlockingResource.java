package com.focusflow.blocking.internal.web;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

/** {@code /blocking}: {@code GET} the status, {@code PUT {"enabled":true|false}} to turn blocking on or off. */
@Component(property = ApiResource.PATH + "=/blocking")
public final class BlockingResource implements ApiResource {

    /** The body of {@code PUT /blocking}. */
    public record EnabledChange(Boolean enabled) {
    }

    private final BlockingService blocking;

    @Activate
    public BlockingResource(@Reference BlockingService blocking) {
        this.blocking = blocking;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("", request -> ApiResponse.ok(blocking.status())), ApiRoute.put("", this::change));
    }

    private ApiResponse change(ApiRequest request) {
        EnabledChange change = request.body(EnabledChange.class);
        if (change == null || change.enabled() == null) {
            throw FocusFlowException.invalidInput("field 'enabled' is required: true or false");
        }
        return ApiResponse.ok(blocking.setEnabled(change.enabled()));
    }
}
