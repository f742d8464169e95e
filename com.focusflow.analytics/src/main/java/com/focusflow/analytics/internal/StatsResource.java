package com.focusflow.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

/** {@code GET /stats/daily?date=}, {@code /stats/weekly?end=}, {@code /stats/score?date=}; dates default to today. */
@Component(property = ApiResource.PATH + "=/stats")
public final class StatsResource implements ApiResource {

    private final AnalyticsService analytics;

    @Activate
    public StatsResource(@Reference AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/daily", request -> ApiResponse.ok(analytics.daily(date(request, "date")))),
                ApiRoute.get("/weekly", request -> ApiResponse.ok(analytics.weekly(date(request, "end")))),
                ApiRoute.get("/score", request -> ApiResponse.ok(analytics.score(date(request, "date")))));
    }

    private LocalDate date(ApiRequest request, String name) {
        return request.queryDate(name).orElseGet(() -> LocalDate.now(analytics.zone()));
    }
}
