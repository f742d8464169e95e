package com.focusflow.blocking.internal.web;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.ItemType;
import com.focusflow.api.http.ApiRequest;
import com.focusflow.api.http.ApiResource;
import com.focusflow.api.http.ApiResponse;
import com.focusflow.api.http.ApiRoute;

/**
 * {@code /blocklist}: {@code GET} lists the items (optionally {@code ?type=app|website}), {@code POST
 * {"type","value"}} adds one (201 with the normalized item), {@code DELETE /blocklist/{id}} disables one.
 */
@Component(property = ApiResource.PATH + "=/blocklist")
public final class BlockListResource implements ApiResource {

    /** The body of {@code POST /blocklist}. */
    public record NewItem(String type, String value) {
    }

    private final BlockListService blockList;

    @Activate
    public BlockListResource(@Reference BlockListService blockList) {
        this.blockList = blockList;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("", request -> ApiResponse.ok(
                        request.query("type").map(ItemType::parse).map(blockList::list).orElseGet(blockList::list))),
                ApiRoute.post("", this::add),
                ApiRoute.delete("/{id}", request -> ApiResponse.ok(blockList.remove(request.pathParameter("id")))));
    }

    private ApiResponse add(ApiRequest request) {
        NewItem item = request.body(NewItem.class);
        if (item == null) {
            throw FocusFlowException.invalidInput("body is required: {\"type\":\"website\"|\"app\",\"value\":...}");
        }
        return ApiResponse.created(blockList.add(ItemType.parse(item.type()), item.value()));
    }
}
