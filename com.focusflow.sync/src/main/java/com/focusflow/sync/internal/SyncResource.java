package com.focusflow.sync.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
import com.focusflow.api.sync.SyncService;

/** {@code GET /export} streams the document as a download; {@code POST /import} merges a document. */
public final class SyncResource {

    private SyncResource() {
    }

    /** {@code GET /export}. */
    @Component(service = ApiResource.class, property = ApiResource.PATH + "=/export")
    public static final class Export implements ApiResource {
        private final SyncService sync;

        @Activate
        public Export(@Reference SyncService sync) {
            this.sync = sync;
        }

        @Override
        public List<ApiRoute> routes() {
            return List.of(ApiRoute.get("",
                    request -> ApiResponse.download(ApiResponse.JSON, "focusflow-export.json", sync::exportTo)));
        }
    }

    /** {@code POST /import}. */
    @Component(service = ApiResource.class, property = ApiResource.PATH + "=/import")
    public static final class Import implements ApiResource {
        private final SyncService sync;

        @Activate
        public Import(@Reference SyncService sync) {
            this.sync = sync;
        }

        @Override
        public List<ApiRoute> routes() {
            return List.of(ApiRoute.post("", request -> ApiResponse.ok(sync.importFrom(request.bodyStream()))));
        }
    }
}
