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
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResource;
import com.focusflow.support.log.LogText;

/**
 * Serves every {@link ApiResource} service (whiteboard) under {@value ApiResource#BASE_PATH}: routing,
 * cross-site checks, JSON in and out, and errors as {@code {"error", "message"}} with the kind's status.
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
        int ranking = properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
        routes.add(new ApiRoutes.Route((String) path, ranking, (Long) properties.get(Constants.SERVICE_ID), resource));
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
        try {
            CrossSiteGuard.check(request);
            String path = request.getPathInfo();
            ApiRoutes.Match match = routes.find(path).orElseThrow(() -> FocusFlowException
                    .notFound("no API resource at %s%s", ApiResource.BASE_PATH, path == null ? "" : path));
            writer.write(response,
                    match.resource().handle(new HttpApiRequest(request, match.remainder(), Json.mapper(), maxBodyBytes)));
        } catch (FocusFlowException e) {
            discardUnreadBody(request);
            writer.error(response, e.kind().httpStatus(), e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure answering {} {}", LogText.escape(request.getMethod()),
                    LogText.escape(request.getRequestURI()), e);
            writer.error(response, 500, new FocusFlowException(ErrorKind.IO,
                    "unexpected error; the log file has the details"));
        }
    }
}
