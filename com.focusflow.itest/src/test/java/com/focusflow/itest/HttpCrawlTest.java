package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.dto.ResourceDTO;
import org.osgi.service.servlet.runtime.dto.RuntimeDTO;
import org.osgi.service.servlet.runtime.dto.ServletContextDTO;
import org.osgi.service.servlet.runtime.dto.ServletDTO;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Every path the HTTP runtime serves (its DTOs: each servlet and resource pattern in each context, the
 * Web Console and its plugins among them), and every ApiResource, answers 401 to every method without
 * credentials.
 */
class HttpCrawlTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    void everyRegisteredPathNeedsCredentials() throws Exception {
        FocusFlowHttp http = FocusFlowHttp.connect(context);
        http.awaitStatus("/focusflow/api/v1/health", 200);
        Set<String> paths = registeredPaths();
        for (ServiceReference<?> resource : context.getServiceReferences("com.focusflow.api.http.ApiResource", null)) {
            String path = String.valueOf(resource.getProperty("focusflow.api.path"));
            paths.add("/focusflow/api/v1" + path);
            paths.add("/focusflow/api/v1" + path + "/1");
        }
        assertThat(paths).as("servlets and resources the runtime knows").contains("/system/console/x")
                .anyMatch(p -> p.startsWith("/focusflow/api/v1/sessions")).hasSizeGreaterThan(5);
        List<String> answered = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
                HttpRequest anonymous = http.request(path).header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpResponse<String> r = Poll.until(Duration.ofSeconds(10), method + " " + path, () -> http.send(anonymous));
                assertThat(r.statusCode()).as("%s %s without credentials: %s", method, path, r.body()).isEqualTo(401);
                answered.add(method + " " + path);
            }
        }
        assertThat(answered).hasSize(paths.size() * 5);
    }

    /**
     * A concrete path for each servlet and resource pattern of each context: {@code /x/*} becomes {@code /x/x},
     * {@code *.y} becomes {@code /x.y}, and the default servlet {@code /} is tried at its root and below it.
     */
    private Set<String> registeredPaths() throws Exception {
        ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
        RuntimeDTO runtime = context.getService(ref).getRuntimeDTO();
        Set<String> paths = new TreeSet<>();
        for (ServletContextDTO servletContext : runtime.servletContextDTOs) {
            String base = servletContext.contextPath.equals("/") ? "" : servletContext.contextPath;
            List<String> patterns = new ArrayList<>();
            for (ServletDTO servlet : servletContext.servletDTOs) {
                patterns.addAll(List.of(servlet.patterns));
            }
            for (ResourceDTO resource : servletContext.resourceDTOs) {
                patterns.addAll(List.of(resource.patterns));
            }
            for (String pattern : patterns) {
                String concrete = pattern.startsWith("*.") ? "/x" + pattern.substring(1)
                        : pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 1) + "x" : pattern;
                if (concrete.isEmpty() || concrete.equals("/")) {
                    paths.add(base + "/");
                    paths.add(base + "/x"); // the default servlet serves everything below its context
                } else {
                    paths.add(base + concrete);
                }
            }
        }
        return paths;
    }
}
