package com.focusflow.session.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
import com.focusflow.api.session.SessionService;

/**
 * {@code /focusflow/api/v1/sessions}: {@code POST} starts (201), {@code GET} pages the history ({@code from},
 * {@code to}, {@code limit}, {@code offset}), {@code GET /active} is the running session (200) or none (204),
 * {@code POST /active/end} ends it, {@code GET /{id}} is one session.
 */
@Component(property = ApiResource.PATH + "=/sessions")
public final class SessionResource implements ApiResource {

    private final SessionService sessions;

    @Activate
    public SessionResource(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("", request -> ApiResponse.created(sessions.start(request.body(StartBody.class).toRequest()))),
                ApiRoute.get("", this::history),
                ApiRoute.get("/active", request -> sessions.active().map(ApiResponse::ok).orElseGet(ApiResponse::noContent)),
                ApiRoute.post("/active/end", request -> ApiResponse.ok(sessions.end())),
                ApiRoute.get("/{id}", this::one));
    }

    private ApiResponse history(ApiRequest request) {
        return ApiResponse.ok(sessions.history(request.queryInstant("from").orElse(null),
                request.queryInstant("to").orElse(null),
                request.queryInt("limit", SessionService.DEFAULT_PAGE_SIZE, 1, SessionService.MAX_PAGE_SIZE),
                request.queryInt("offset", 0, 0, Integer.MAX_VALUE)));
    }

    private ApiResponse one(ApiRequest request) {
        String id = request.pathParameter("id");
        return sessions.get(id).map(ApiResponse::ok)
                .orElseThrow(() -> FocusFlowException.notFound("there is no session with id '%s'", id));
    }
}
