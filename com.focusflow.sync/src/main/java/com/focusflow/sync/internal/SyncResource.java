package com.focusflow.sync.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
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
        public ApiResponse handle(ApiRequest request) {
            if (!"GET".equals(request.method()) || !request.path().isEmpty()) {
                throw FocusFlowException.notFound("%s /export%s is not supported; use GET /export", request.method(),
                        request.path());
            }
            return ApiResponse.download(ApiResponse.JSON, "focusflow-export.json", sync::exportTo);
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
        public ApiResponse handle(ApiRequest request) {
            if (!"POST".equals(request.method()) || !request.path().isEmpty()) {
                throw FocusFlowException.notFound("%s /import%s is not supported; use POST /import", request.method(),
                        request.path());
            }
            return ApiResponse.ok(sync.importFrom(request.bodyStream()));
        }
    }
}
