package com.focusflow.http.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.api.http.ApiResource;
import com.focusflow.http.status.ErrorStatus;

/**
 * Serves every {@link ApiResource} service (whiteboard) under {@value ApiResource#BASE_PATH}: routing by
 * each resource's route table, cross-site checks, JSON in and out, and errors as {@code {"error", "message"}}.
 * A path no registered resource has is 503 (with {@code Retry-After}) while FocusFlow is starting or when
 * a resource once there is gone (its bundle is being updated), and 404 otherwise.
 */
@Component(service = Servlet.class, configurationPid = ApiConfig.PID)
@Designate(ocd = ApiConfig.class)
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + ApiContext.NAME + ")")
@HttpWhiteboardServletPattern("/*")
public final class ApiDispatcher extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);
    /** How much of an unread request body is read away before an error answer. */
    private static final long DISCARD_LIMIT = 1024 * 1024;

    private final transient ApiRoutes routes = new ApiRoutes();
    private final transient ResponseWriter writer = new ResponseWriter();
    private volatile long maxBodyBytes;

    /** Optional: without it FocusFlow cannot tell that it has started, so a missing resource is "starting". */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HealthService health;

    @Activate
    public ApiDispatcher(ApiConfig config) {
        modified(config);
        Json.warmUpInBackground();
    }

    @Modified
    void modified(ApiConfig config) {
        maxBodyBytes = config.maxBodyMegabytes() * 1024L * 1024L;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(ApiResource resource, Map<String, Object> properties) {
        Object path = properties.get(ApiResource.PATH);
        if (!ApiRoutes.isValidPath(path)) {
            LOG.error("Ignoring API resource {}: service property {}={} must start with '/' and not end with '/'",
                    resource.getClass().getName(), ApiResource.PATH, path);
            return;
        }
        RouteTable table;
        try {
            table = new RouteTable(resource.routes());
        } catch (RuntimeException e) {
            LOG.error("Ignoring API resource {} at {}: its route table failed", resource.getClass().getName(), path, e);
            return;
        }
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
        routes.add(new ApiRoutes.Route((String) path, ranking, (Long) properties.get(Constants.SERVICE_ID), table));
    }

    void removeResource(ApiResource resource, Map<String, Object> properties) {
        routes.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    /**
     * A request refused before its body was read (e.g. as cross-site) still has the client uploading: read
     * a bounded amount so the connection is not reset under the error response.
     */
    private static void discardUnreadBody(HttpServletRequest request) {
        try {
            request.getInputStream().skipNBytes(Math.min(Math.max(request.getContentLengthLong(), 0), DISCARD_LIMIT));
        } catch (IOException | RuntimeException alreadyReadOrGone) {
            // nothing left to read, or the client went away: either way, answer what we can
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean head = "HEAD".equals(request.getMethod());
        try {
            CrossSiteGuard.check(request);
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            ApiRoutes.Match match = routes.find(path).orElseThrow(() -> missing(path));
            RouteTable.Resolution resolution = match.table().resolve(request.getMethod(), match.remainder());
            if (resolution instanceof RouteTable.Found found) {
                writer.write(response, found.route().handler().handle(
                        new HttpApiRequest(request, found.parameters(), Json.mapper(), maxBodyBytes)), head);
            } else if (resolution instanceof RouteTable.MethodNotAllowed refused) {
                discardUnreadBody(request);
                response.setHeader("Allow", String.join(", ", refused.allowed()));
                writer.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, FocusFlowException.invalidInput(
                        "%s is not allowed on %s%s; use %s", request.getMethod(), ApiResource.BASE_PATH, path,
                        String.join(", ", refused.allowed())), head);
            } else {
                throw FocusFlowException.notFound("no API resource at %s%s; %s has %s", ApiResource.BASE_PATH,
                        path, match.prefix(), String.join(", ", match.table().describe(match.prefix())));
            }
        } catch (FocusFlowException e) {
            discardUnreadBody(request);
            writer.error(response, ErrorStatus.of(e.kind()), e, head);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
            writer.error(response, 500, new FocusFlowException(ErrorKind.IO,
                    "unexpected error; the log file has the details"), head);
        }
    }

    /** Why no resource answers {@code path}: unavailable for a moment, or really not there. */
    private FocusFlowException missing(String path) {
        var former = routes.formerPath(path);
        if (former.isPresent()) {
            return FocusFlowException.unavailable("%s%s is being updated; retry in a moment", ApiResource.BASE_PATH,
                    former.get());
        }
        HealthService current = health;
        if (current == null || current.report().status() == HealthStatus.STARTING) {
            return FocusFlowException.unavailable("FocusFlow is still starting; retry %s%s in a moment",
                    ApiResource.BASE_PATH, path);
        }
        return FocusFlowException.notFound("no API resource at %s%s", ApiResource.BASE_PATH, path);
    }
}
