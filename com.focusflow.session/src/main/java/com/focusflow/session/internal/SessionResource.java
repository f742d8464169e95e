package com.focusflow.session.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.session.SessionService;

/**
 * {@code /focusflow/api/v1/sessions}: {@code POST} starts (201), {@code GET} pages the history ({@code from},
 * {@code to}, {@code limit}, {@code offset}), {@code GET /active} is the running session (200) or none (204),
 * {@code POST /active/end} ends it, {@code GET /{id}} is one session.
 */
@Component(property = ApiResource.PATH + "=" + SessionResource.PATH)
public final class SessionResource implements ApiResource {

    static final String PATH = "/sessions";

    private final SessionService sessions;

    @Activate
    public SessionResource(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String path = request.path();
        String method = request.method();
        if (path.isEmpty() && "POST".equals(method)) {
            return ApiResponse.created(sessions.start(request.body(StartBody.class).toRequest()));
        }
        if (path.isEmpty() && "GET".equals(method)) {
            return ApiResponse.ok(sessions.history(request.queryInstant("from").orElse(null),
                    request.queryInstant("to").orElse(null),
                    request.queryInt("limit", SessionService.DEFAULT_PAGE_SIZE, 1, SessionService.MAX_PAGE_SIZE),
                    request.queryInt("offset", 0, 0, Integer.MAX_VALUE)));
        }
        if ("/active".equals(path) && "GET".equals(method)) {
            return sessions.active().map(ApiResponse::ok).orElseGet(ApiResponse::noContent);
        }
        if ("/active/end".equals(path) && "POST".equals(method)) {
            return ApiResponse.ok(sessions.end());
        }
        if (path.lastIndexOf('/') == 0 && path.length() > 1 && "GET".equals(method)) {
            String id = path.substring(1);
            return sessions.get(id).map(ApiResponse::ok)
                    .orElseThrow(() -> FocusFlowException.notFound("there is no session with id '%s'", id));
        }
        throw FocusFlowException.notFound("%s %s%s is not supported; use POST or GET %s, GET %s/active, "
                + "POST %s/active/end or GET %s/{id}", method, PATH, path, PATH, PATH, PATH, PATH);
    }
}
