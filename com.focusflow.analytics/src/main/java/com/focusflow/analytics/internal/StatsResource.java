package com.focusflow.analytics.internal;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;

/** {@code GET /stats/daily?date=}, {@code /stats/weekly?end=}, {@code /stats/score?date=}; dates default to today. */
@Component(property = ApiResource.PATH + "=/stats")
public final class StatsResource implements ApiResource {

    private final AnalyticsService analytics;

    @Activate
    public StatsResource(@Reference AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!"GET".equals(request.method())) {
            throw notSupported(request);
        }
        return switch (request.path()) {
            case "/daily" -> ApiResponse.ok(analytics.daily(date(request, "date")));
            case "/weekly" -> ApiResponse.ok(analytics.weekly(date(request, "end")));
            case "/score" -> ApiResponse.ok(analytics.score(date(request, "date")));
            default -> throw notSupported(request);
        };
    }

    private LocalDate date(ApiRequest request, String name) {
        return request.queryDate(name).orElseGet(() -> LocalDate.now(analytics.zone()));
    }

    private static FocusFlowException notSupported(ApiRequest request) {
        return FocusFlowException.notFound("%s /stats%s is not supported; use GET /stats/daily, /stats/weekly or /stats/score",
                request.method(), request.path());
    }
}
