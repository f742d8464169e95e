package com.focusflow.schedule.internal.web;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
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
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("", request -> ApiResponse.ok(schedules.list())),
                ApiRoute.post("", request -> ApiResponse.created(schedules.add(body(request)))),
                ApiRoute.get("/next", request -> schedules.next().map(ApiResponse::ok).orElseGet(ApiResponse::noContent)),
                ApiRoute.get("/{id}", request -> ApiResponse.ok(schedules.get(id(request)).orElseThrow(
                        () -> FocusFlowException.notFound("There is no schedule with id '%s'", id(request))))),
                ApiRoute.put("/{id}", request -> ApiResponse.ok(schedules.update(id(request), body(request)))),
                ApiRoute.delete("/{id}", request -> ApiResponse.ok(schedules.remove(id(request)))),
                ApiRoute.post("/{id}/skip", request -> ApiResponse.ok(schedules.skipNext(id(request)))));
    }

    private static String id(ApiRequest request) {
        return request.pathParameter("id");
    }

    private static ScheduleRequest body(ApiRequest request) {
        ScheduleRequest body = request.body(ScheduleRequest.class);
        if (body == null) {
            throw FocusFlowException.invalidInput("body is required: {\"name\",\"days\",\"start\",\"end\",\"action\"}");
        }
        return body;
    }
}
