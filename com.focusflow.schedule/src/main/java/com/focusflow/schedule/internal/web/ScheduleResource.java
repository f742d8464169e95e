package com.focusflow.schedule.internal.web;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.schedule.ScheduleRequest;
import com.focusflow.api.schedule.ScheduleService;

/**
 * {@code /schedules}: {@code GET} the list, {@code POST} a new one; {@code GET/PUT/DELETE /schedules/{id}};
 * {@code POST /schedules/{id}/skip}; {@code GET /schedules/next} (204 when no window opens within a week).
 */
@Component(property = ApiResource.PATH + "=/schedules")
public final class ScheduleResource implements ApiResource {

    private final ScheduleService schedules;

    @Activate
    public ScheduleResource(@Reference ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String[] path = request.path().isEmpty() ? new String[0] : request.path().substring(1).split("/", -1);
        String method = request.method();
        if (path.length == 0) {
            return switch (method) {
                case "GET" -> ApiResponse.ok(schedules.list());
                case "POST" -> ApiResponse.created(schedules.add(request.body(ScheduleRequest.class)));
                default -> throw notSupported(request);
            };
        }
        if (path.length == 1 && path[0].equals("next") && method.equals("GET")) {
            return schedules.next().map(ApiResponse::ok).orElseGet(ApiResponse::noContent);
        }
        String id = path[0];
        if (path.length == 1) {
            return switch (method) {
                case "GET" -> ApiResponse.ok(schedules.get(id).orElseThrow(
                        () -> FocusFlowException.notFound("There is no schedule with id '%s'", id)));
                case "PUT" -> ApiResponse.ok(schedules.update(id, request.body(ScheduleRequest.class)));
                case "DELETE" -> ApiResponse.ok(schedules.remove(id));
                default -> throw notSupported(request);
            };
        }
        if (path.length == 2 && path[1].equals("skip") && method.equals("POST")) {
            return ApiResponse.ok(schedules.skipNext(id));
        }
        throw notSupported(request);
    }

    private static FocusFlowException notSupported(ApiRequest request) {
        return FocusFlowException.notFound("%s /schedules%s is not supported; use GET/POST /schedules, "
                + "GET/PUT/DELETE /schedules/{id}, POST /schedules/{id}/skip or GET /schedules/next", request.method(),
                request.path());
    }
}
