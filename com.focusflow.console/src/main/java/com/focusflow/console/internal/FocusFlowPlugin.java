package com.focusflow.console.internal;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.analytics.AnalyticsService;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.schedule.ScheduleService;
import com.focusflow.api.blocking.BlockingService;
import com.focusflow.api.health.HealthService;
import com.focusflow.api.session.SessionService;
import com.focusflow.http.status.ErrorStatus;

/**
 * The "FocusFlow" page of the Web Console ({@code /system/console/focusflow}). The console authenticates
 * (FocusFlow's credentials) and frames the page; state-changing POSTs must carry the page's
 * {@link CsrfToken}, which another site cannot read. Every service is optional and dynamic: the page
 * keeps working while a FocusFlow bundle is updated or missing.
 */
@Component(service = Servlet.class, property = {
        FocusFlowPlugin.LABEL_PROPERTY + "=" + FocusFlowPlugin.LABEL,
        "felix.webconsole.title=FocusFlow",
        "felix.webconsole.category=FocusFlow" })
public final class FocusFlowPlugin extends HttpServlet {

    static final String LABEL_PROPERTY = "felix.webconsole.label";
    static final String LABEL = "focusflow";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FocusFlowPlugin.class);

    private final transient CsrfToken token = new CsrfToken(new SecureRandom());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionService sessions;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BlockingService blocking;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile BlockListService blockList;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AnalyticsService analytics;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile HealthService health;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ScheduleService schedules;

    private ConsoleServices services() {
        return new ConsoleServices(sessions, blocking, blockList, analytics, health, schedules);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.getWriter().write(ConsolePage.render(services(), pluginRoot(request), token.value()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!token.matches(request.getParameter(CsrfToken.FIELD))) {
            LOG.warn("Refused a console action from {} without the page's token (possible cross-site request forgery)",
                    request.getRemoteAddr());
            answer(response, HttpServletResponse.SC_FORBIDDEN, "Refused: the form's token is missing or stale "
                    + "(a request from another site, or a page from before a restart); reload the FocusFlow page", request);
            return;
        }
        try {
            String done = ConsoleActions.apply(services(), request::getParameter);
            LOG.info("Console: {}", done);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", pluginRoot(request));
        } catch (FocusFlowException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                response.setHeader("Retry-After", Integer.toString(ErrorStatus.RETRY_AFTER_SECONDS));
            }
            answer(response, ErrorStatus.of(e.kind()), "Not done: " + e.getMessage(), request);
        }
    }

    /** A small page with the outcome and a way back; a POST is answered outside the console's frame. */
    private static void answer(HttpServletResponse response, int status, String message, HttpServletRequest request)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><title>FocusFlow</title></head><body><p id=\"ff-error\">"
                + Html.text(message) + "</p><p><a href=\"" + Html.attribute(pluginRoot(request))
                + "\">Back to FocusFlow</a></p></body></html>");
    }

    /** The plugin's absolute path, as the Web Console announces it (request attribute). */
    private static String pluginRoot(HttpServletRequest request) {
        Object root = request.getAttribute("felix.webconsole.pluginRoot");
        return root instanceof String s ? s : URI.create(request.getRequestURI()).getPath();
    }
}
