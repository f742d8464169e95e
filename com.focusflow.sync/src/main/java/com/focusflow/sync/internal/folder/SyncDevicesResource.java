package com.focusflow.sync.internal.folder;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;
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
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("", request -> ApiResponse.ok(folder.status())));
    }
}
