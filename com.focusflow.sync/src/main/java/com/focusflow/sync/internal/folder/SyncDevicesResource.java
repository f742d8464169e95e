package com.focusflow.sync.internal.folder;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.sync.SyncFolderService;

/** {@code GET /sync/devices}: the folder, this device and every other device with files in the folder. */
@Component(service = ApiResource.class, property = ApiResource.PATH + "=/sync/devices")
public final class SyncDevicesResource implements ApiResource {

    private final SyncFolderService folder;

    @Activate
    public SyncDevicesResource(@Reference SyncFolderService folder) {
        this.folder = folder;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!"GET".equals(request.method()) || !request.path().isEmpty()) {
            throw FocusFlowException.notFound("%s /sync/devices%s is not supported; use GET /sync/devices", request.method(),
                    request.path());
        }
        return ApiResponse.ok(folder.status());
    }
}
