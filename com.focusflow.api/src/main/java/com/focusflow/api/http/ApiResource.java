package com.focusflow.api.http;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A JSON resource under {@value #BASE_PATH}, registered as an OSGi service (whiteboard) with the
 * service property {@value #PATH}, e.g.
 * {@code @Component(property = ApiResource.PATH + "=/sessions")}. A request goes to the resource with
 * the longest path that is a prefix of the request path on a segment boundary; {@code /sessions} gets
 * {@code /sessions}, {@code /sessions/active} and {@code /sessions/active/end}. Of two resources with
 * the same path the one with the highest service ranking is used.
 *
 * <p>Within the resource, its {@link #routes()} decide: the HTTP bundle answers a path no route has with
 * 404, a method no route has for the path with 405 and {@code Allow}, and {@code HEAD} wherever
 * {@code GET} works. A request for a resource that is registered no more (its bundle is being updated) or
 * not yet (FocusFlow is starting) is answered 503 with {@code Retry-After}.
 */
@ConsumerType
public interface ApiResource {
    /** Where every resource lives, below the HTTP root. */
    String BASE_PATH = "/focusflow/api/v1";
    /**
     * Service property: the resource's path below {@value #BASE_PATH}, starting with {@code /} and
     * without a trailing {@code /}, e.g. {@code "/sessions"}.
     */
    String PATH = "focusflow.api.path";

    /**
     * The resource's route table, read once when the resource is registered; handlers are called
     * concurrently from several threads.
     */
    List<ApiRoute> routes();
}
