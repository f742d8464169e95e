package com.focusflow.http.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.http.ApiResource;

/** The servlet context of the JSON API: everything under it needs FocusFlow's credentials. */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = ApiContext.NAME, path = ApiResource.BASE_PATH)
public final class ApiContext extends ServletContextHelper {

    static final String NAME = "com.focusflow.api";

    private final Authenticator authenticator;
    private final ResponseWriter writer;

    @Activate
    public ApiContext(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
        this.writer = new ResponseWriter();
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var user = authenticator.authenticate(request);
        if (user.isPresent()) {
            request.setAttribute(REMOTE_USER, user.get());
            request.setAttribute(AUTHENTICATION_TYPE, HttpServletRequest.BASIC_AUTH);
            return true;
        }
        authenticator.challenge(request, response);
        String message = authenticator.refusalMessage(response);
        writer.error(response, response.getStatus(), new FocusFlowException(ErrorKind.PERMISSION_DENIED, message),
                "HEAD".equals(request.getMethod()));
        return false;
    }
}
