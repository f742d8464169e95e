package com.focusflow.blocking.internal.web;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;

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
    public ApiResponse handle(ApiRequest request) {
        if (!request.path().isEmpty()) {
            throw notSupported(request);
        }
        switch (request.method()) {
            case "GET":
                return ApiResponse.ok(blocking.status());
            case "PUT": {
                EnabledChange change = request.body(EnabledChange.class);
                if (change == null || change.enabled() == null) {
                    throw FocusFlowException.invalidInput("field 'enabled' is required: true or false");
                }
                return ApiResponse.ok(blocking.setEnabled(change.enabled()));
            }
            default:
                throw notSupported(request);
        }
    }

    private static FocusFlowException notSupported(ApiRequest request) {
        return FocusFlowException.notFound("%s /blocking%s is not supported; use GET or PUT /blocking",
                request.method(), request.path());
    }
}
