package com.focusflow.reliability;

import com.focusflow.testing.Poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The real jar's edges: network, credentials, logs, cross-site requests, the hosts file, the process watcher. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityTest {

    private static final String FOCUS = "{\"type\":\"focus\",\"plannedMinutes\":30,\"strict\":false}";
    private static Path dir;
    private static App app;

    @BeforeAll
    static void start() throws Exception {
        dir = Settings.scratch("security");
        app = App.start(dir.resolve("home"), HostsCheck.create(dir)).awaitReady().closeRootsAppsWhenRoot();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void listensOnLoopbackOnly() throws Exception {
        String hexPort = String.format(":%04X ", app.port);
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && (f[1] + " ").contains(hexPort) && f[3].equals("0A")) {
                    listening.add(f[1]);
                }
            }
        }
        assertThat(listening).as("listening sockets on port %d", app.port).isNotEmpty()
                .allSatisfy(local -> assertThat(local).matches("(0100007F|0000000000000000FFFF00000100007F):[0-9A-F]{4}"));
    }

    /** Every API route and every page the console links to answers 401 without credentials, for every method. */
    @Test
    @Order(2)
    void everyPathNeedsCredentials() throws Exception {
        Set<String> paths = new TreeSet<>(List.of("/focusflow/api/v1/health", "/focusflow/api/v1/sessions",
                "/focusflow/api/v1/sessions/active", "/focusflow/api/v1/sessions/active/end", "/focusflow/api/v1/blocklist",
                "/focusflow/api/v1/blocklist/1", "/focusflow/api/v1/blocking", "/focusflow/api/v1/stats/daily",
                "/focusflow/api/v1/stats/weekly", "/focusflow/api/v1/stats/score", "/focusflow/api/v1/export",
                "/focusflow/api/v1/import", "/focusflow/api/v1/no-such-thing", "/system/console", "/system/console/",
                "/system/console/bundles.json", "/"));
        paths.addAll(consoleLinks());
        assertThat(paths).as("the console's own pages were found").hasSizeGreaterThan(25);
        System.out.printf("CRAWL %d paths x 4 methods without credentials%n", paths.size());
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                HttpRequest anonymous = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(10))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build();
                // Right after start, a console plugin registering may restart the servlet context and drop a
                // connection (see STACK.md): a dropped connection is retried, an answer never is.
                HttpResponse<String> r = Poll.until(Duration.ofSeconds(10), method + " " + path, () -> app.send(anonymous));
                assertThat(r.statusCode()).as("%s %s without credentials", method, path).isIn(401, 404);
                if (path.startsWith("/focusflow") || path.startsWith("/system")) {
                    assertThat(r.statusCode()).as("%s %s without credentials", method, path).isEqualTo(401);
                }
            }
        }
    }

    /** The pages and plugins the Web Console lists in its navigation, read with credentials. */
    private static Set<String> consoleLinks() throws Exception {
        HttpResponse<String> page = Poll.until(Duration.ofSeconds(30), "the console's bundles page", () -> {
            HttpResponse<String> r = app.send(App.withBasic(HttpRequest.newBuilder(app.uri("/system/console/bundles")),
                    App.USER, App.PASSWORD).GET().build());
            return r.statusCode() == 200 ? r : null;
        });
        Set<String> links = new TreeSet<>();
        Matcher m = Pattern.compile("(?:href|src)=\"(/system/console/[^\"?#]*)").matcher(page.body());
        while (m.find()) {
            links.add(m.group(1).replace(" ", "%20"));
        }
        return links;
    }

    @Test
    @Order(3)
    void credentialsFileIsOwnerOnlyAndNoSecretReachesALog() throws Exception {
        Path credentials = app.home.resolve("credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
        // a wrong password and a right one, so that both paths through authentication have logged
        app.send(App.withBasic(app.request("/health"), App.USER, App.PASSWORD + "-wrong").GET().build());
        assertThat(app.get("/health").statusCode()).isEqualTo(200);
        for (Path log : List.of(app.log(), app.console())) {
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as(log.toString()).doesNotContain(App.PASSWORD);
        }
    }

    @Test
    @Order(4)
    void crossSiteRequestsCannotChangeState() throws Exception {
        List<HttpRequest> forged = List.of(
                app.authorized("/sessions").header("Content-Type", "application/json").header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString(FOCUS)).build(),
                app.authorized("/sessions").header("Content-Type", "application/json").header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(FOCUS)).build(),
                app.authorized("/sessions").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(FOCUS)).build(),
                app.authorized("/sessions").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(FOCUS)).build(),
                app.authorized("/blocking").header("Content-Type", "application/json").header("Origin", "null")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")).build());
        for (HttpRequest request : forged) {
            HttpResponse<String> r = app.send(request);
            assertThat(r.statusCode()).as("%s %s %s", request.method(), request.uri(), request.headers().map()).isEqualTo(403);
        }
        assertThat(app.get("/sessions/active").statusCode()).isEqualTo(204);
        assertThat(app.get("/blocking").body()).contains("\"enabled\":true");
    }

    /** Values built to smuggle lines into the hosts file are refused; what is accepted is a plain name. */
    @Test
    @Order(5)
    void theHostsFileHoldsOnlyValidatedNames() throws Exception {
        for (String evil : List.of("evil.com\n0.0.0.0 bank.com", "evil.com\r\n127.0.0.1 localhost", "127.0.0.1 evil.com",
                "evil.com # comment", "#", "evil.com\u0000", "evil..com", "-evil.com", "evil.com\u2028x.com",
                "ev il.com", "*.evil.com", "evil.com\t1.2.3.4", "a".repeat(300) + ".com", "")) {
            HttpResponse<String> r = app.post("/blocklist", "{\"type\":\"website\",\"value\":" + Json.quote(evil) + "}");
            assertThat(r.statusCode()).as("%s -> %s", evil, r.body()).isEqualTo(400);
            assertThat(r.body()).contains("INVALID_INPUT");
        }
        assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"https://WWW.Example.ORG/path?q=1\"}").statusCode()).isEqualTo(201);
        assertThat(app.post("/sessions", FOCUS).statusCode()).isEqualTo(201);
        Poll.until(Duration.ofSeconds(30), "the block", () -> HostsCheck.blocks(app.hosts) == 1 ? Boolean.TRUE : null);
        assertThat(HostsCheck.blockedNames(app.hosts)).contains("example.org").allMatch(n -> n.matches("[a-z0-9.-]+"));
        assertThat(app.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
        Poll.until(Duration.ofSeconds(30), "no block", () -> HostsCheck.blocks(app.hosts) == 0 ? Boolean.TRUE : null);
    }

    /**
     * The process watcher closes the user's own blocked app, never FocusFlow itself (its names are refused)
     * nor another user's process of the same name. As root (CI), "another user" is nobody (uid 65534).
     */
    @Test
    @Order(6)
    void theProcessWatcherClosesOnlyTheUsersOwnApp() throws Exception {
        for (String protectedName : List.of("java", "focusflow", "systemd", "init", "bash", "sshd")) {
            HttpResponse<String> r = app.post("/blocklist", "{\"type\":\"app\",\"value\":\"" + protectedName + "\"}");
            assertThat(r.statusCode()).as(protectedName + " " + r.body()).isEqualTo(400);
        }
        Path victim = Files.copy(Path.of("/bin/sleep"), dir.resolve("ffvictim"), StandardCopyOption.REPLACE_EXISTING);
        Process other = null;
        if (Settings.root()) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            other = new ProcessBuilder("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", victim.toString(), "600").start();
        }
        Process own = new ProcessBuilder(victim.toString(), "600").start();
        try {
            assertThat(app.post("/blocklist", "{\"type\":\"app\",\"value\":\"ffvictim\"}").statusCode()).isEqualTo(201);
            assertThat(app.post("/sessions", FOCUS).statusCode()).isEqualTo(201);
            assertThat(own.waitFor(60, TimeUnit.SECONDS)).as("the user's own blocked app is closed").isTrue();
            Process second = new ProcessBuilder(victim.toString(), "600").start(); // proves later scans ran
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("a second start is closed too").isTrue();
            if (other != null) {
                assertThat(other.isAlive()).as("another user's process of the same name").isTrue();
            }
            assertThat(app.process.isAlive()).isTrue();
            assertThat(app.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
        } finally {
            own.destroyForcibly();
            if (other != null) {
                other.destroyForcibly();
            }
        }
    }

    /**
     * Blocking the name of a process FocusFlow runs under (a launcher, a terminal) closes other processes of
     * that name, never FocusFlow's own ancestors: FocusFlow here runs as the child of a copy of
     * {@code timeout} named {@code ffwrapper}, and another {@code ffwrapper} started by the user is closed.
     */
    @Test
    @Order(7)
    void theProcessWatcherSparesFocusFlowsOwnAncestors() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("ancestors"));
        Path wrapper = Files.copy(Path.of("/usr/bin/timeout"), sub.resolve("ffwrapper"), StandardCopyOption.REPLACE_EXISTING);
        try (App wrapped = App.start(List.of(wrapper.toString(), "3600"), sub.resolve("home"),
                HostsCheck.create(sub)).awaitReady().closeRootsAppsWhenRoot()) {
            assertThat(wrapped.post("/blocklist", "{\"type\":\"app\",\"value\":\"ffwrapper\"}").statusCode()).isEqualTo(201);
            assertThat(wrapped.post("/sessions", FOCUS).statusCode()).isEqualTo(201);
            Process other = new ProcessBuilder(wrapper.toString(), "600", "/bin/sleep", "600").start();
            try {
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("the user's own ffwrapper is closed").isTrue();
                assertThat(wrapped.process.isAlive()).as("FocusFlow's parent, also named ffwrapper").isTrue();
                assertThat(wrapped.get("/health").statusCode()).isEqualTo(200);
                assertThat(wrapped.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
            } finally {
                other.destroyForcibly();
            }
        }
    }


    /** Issue 19.1: a DNS-rebound page names another host; it is refused before authentication, on every path. */
    @Test
    @Order(9)
    void aForeignHostHeaderIsMisdirectedOnEveryPath() throws Exception {
        String auth = RawHttp.basic(App.USER, App.PASSWORD);
        String evil = "Host: evil.example:" + app.port + "\r\nOrigin: http://evil.example:" + app.port + "\r\n";
        RawHttp.Response rebound = RawHttp.send(app.port, null, "PUT", App.API + "/blocking",
                evil + auth + "Content-Type: application/json\r\n", "{\"enabled\":false}");
        assertThat(rebound.status()).as(rebound.body()).isEqualTo(421);
        assertThat(app.get("/blocking").body()).as("blocking unchanged").contains("\"enabled\":true");
        for (String path : List.of("/system/console/bundles", "/system/console", App.API + "/health", "/", "/nothing")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "GET", path, "Host: evil.example:" + app.port + "\r\n", null);
            assertThat(r.status()).as("GET %s without credentials, foreign Host", path).isEqualTo(421);
        }
        for (String host : List.of("localhost", "127.0.0.1", "LocalHost")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "GET", App.API + "/health",
                    "Host: " + host + ":" + app.port + "\r\n" + auth, null);
            assertThat(r.status()).as(host).isEqualTo(200);
        }
        assertThat(RawHttp.send(app.port, null, "GET", App.API + "/health", "Host: 127.0.0.1:1\r\n" + auth, null).status())
                .as("another port").isEqualTo(421);
        // other spellings of loopback and of the port: a browser sends none of them for 127.0.0.1 or localhost
        for (String host : List.of("127.1:" + app.port, "2130706433:" + app.port, "localhost.:" + app.port,
                "[::ffff:127.0.0.1]:" + app.port, "127.0.0.1:+" + app.port, "127.0.0.1:0" + app.port, "127.0.0.1")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "GET", App.API + "/health", "Host: " + host + "\r\n" + auth, null);
            assertThat(r.status()).as("Host: %s", host).isEqualTo(421);
        }
        // HTTP/1.0 needs no Host header; the authority of an absolute target is checked all the same
        assertThat(RawHttp.send10(app.port, "GET", "http://evil.example:" + app.port + App.API + "/health", auth).status())
                .as("HTTP/1.0, absolute target on another host").isEqualTo(421);
        assertThat(RawHttp.send10(app.port, "GET", App.API + "/health", auth).status()).as("HTTP/1.0 without Host").isEqualTo(200);
        System.out.println("SECURITY host header: foreign names and ports 421 on API, console and unknown paths");
    }

    /** Issue 19.5: no page may be framed by another site, nothing leaks through Referer; refusals included. */
    @Test
    @Order(10)
    void everyAnswerForbidsFramingAndReferrers() throws Exception {
        String auth = RawHttp.basic(App.USER, App.PASSWORD);
        String host = "Host: 127.0.0.1:" + app.port + "\r\n";
        for (RawHttp.Response r : List.of(RawHttp.send(app.port, null, "GET", "/system/console/bundles", host + auth, null),
                RawHttp.send(app.port, null, "GET", "/system/console/focusflow", host + auth, null),
                RawHttp.send(app.port, null, "GET", App.API + "/health", host + auth, null),
                RawHttp.send(app.port, null, "GET", "/system/console/bundles", host, null),
                RawHttp.send(app.port, null, "GET", App.API + "/health", host, null),
                RawHttp.send(app.port, null, "GET", "/", "Host: evil.example\r\n", null))) {
            assertThat(r.header("X-Frame-Options")).as("status %d", r.status()).isEqualTo("DENY");
            assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    /** Issue 19.4 and 19.16: the path as routed decides the origin check; OPTIONS and POST /components give no 500. */
    @Test
    @Order(11)
    void dotSegmentsCannotSkipTheOriginCheckAndTheConsoleNeverFailsWithA500() throws Exception {
        String auth = RawHttp.basic(App.USER, App.PASSWORD);
        String host = "Host: 127.0.0.1:" + app.port + "\r\n";
        String form = "Content-Type: application/x-www-form-urlencoded\r\nOrigin: http://evil.example\r\n";
        for (String path : List.of("/focusflow/api/v1/../../../system/console/configMgr/com.focusflow.session",
                "/focusflow/api/v1/./../../../system/console/configMgr/com.focusflow.session")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "POST", path, host + auth + form, "apply=true&checkpointSeconds=59");
            assertThat(r.status()).as("%s: %s", path, r.body()).isIn(400, 403);
        }
        for (String path : List.of("/system/console/bundles", "/system/console/components", "/system/console/services",
                "/system/console/components/1", "/system/console/configMgr")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "OPTIONS", path, host + auth, null);
            assertThat(r.status()).as("OPTIONS %s", path).isEqualTo(204);
            assertThat(r.header("Allow")).contains("GET").contains("POST");
        }
        for (String path : List.of("/system/console/components", "/system/console/components/")) {
            RawHttp.Response r = RawHttp.send(app.port, null, "POST", path, host + auth + "Content-Type: application/x-www-form-urlencoded\r\n", "action=enable");
            assertThat(r.status()).as("POST %s", path).isEqualTo(400);
        }
        assertThat(Files.readString(app.log(), StandardCharsets.UTF_8)).doesNotContain("\"reqInfo\" is null");
    }

    /** Issue 19.6: nothing about the machine before authentication, from the API, the console or a refusal. */
    @Test
    @Order(12)
    void theRefusalNamesNoPath() throws Exception {
        HttpResponse<String> r = app.send(app.request("/health").GET().build());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("credentials.properties").doesNotContain(app.home.toString()).doesNotContain("/home/")
                .doesNotContain("/root");
        String host = "Host: 127.0.0.1:" + app.port + "\r\n";
        for (RawHttp.Response refused : List.of(RawHttp.send(app.port, null, "GET", "/system/console/bundles", host, null),
                RawHttp.send(app.port, null, "POST", "/system/console/bundles", host + RawHttp.basic("admin", "wrong"), ""),
                RawHttp.send(app.port, null, "GET", "/system/console/configMgr", "Host: evil.example:" + app.port + "\r\n", null),
                RawHttp.send(app.port, null, "GET", "/nothing", host, null))) {
            assertThat(refused.status()).isIn(401, 404, 421);
            assertThat(refused.body()).as("status %d", refused.status()).doesNotContain(app.home.toString())
                    .doesNotContain("/home/").doesNotContain("/root").doesNotContain("/tmp");
        }
    }

    /**
     * Issue 19.16: with credentials, every page the console links to answers every method without a 5xx
     * (OPTIONS and POST /components used to fail with a stack trace; TRACE echoed the request; WebDAV
     * methods got a bare 501). POST is left out here: on some pages (vmstat) it is a real action.
     */
    @Test
    @Order(12)
    void theConsoleAnswersEveryMethodWithoutAServerError() throws Exception {
        String auth = "Host: 127.0.0.1:" + app.port + "\r\n" + RawHttp.basic(App.USER, App.PASSWORD);
        long errorsBefore = errorLines();
        Set<String> paths = consoleLinks();
        List<String> answers = new ArrayList<>();
        for (String path : paths) {
            for (String method : List.of("OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND")) {
                RawHttp.Response r = RawHttp.send(app.port, null, method, path, auth, null);
                assertThat(r.status()).as("%s %s", method, path).isLessThan(500);
                if (method.equals("TRACE") || method.equals("PROPFIND")) {
                    assertThat(r.status()).as("%s %s", method, path).isIn(401, 405);
                }
                answers.add(method + " " + r.status());
            }
        }
        assertThat(errorLines()).as("ERROR lines in the log").isEqualTo(errorsBefore);
        System.out.printf("SECURITY console methods: %d pages, %s%n", paths.size(),
                answers.stream().collect(java.util.stream.Collectors.groupingBy(a -> a, TreeMap::new, java.util.stream.Collectors.counting())));
    }

    private static long errorLines() throws Exception {
        return Files.readAllLines(app.log(), StandardCharsets.UTF_8).stream().filter(l -> l.contains(" ERROR ")).count();
    }

    /** Issue 19.3: a user name with a line break or an escape sequence cannot forge a log line or reach the terminal. */
    @Test
    @Order(13)
    void outsideTextInTheLogIsEscaped() throws Exception {
        // no ':' in it: Basic authentication would take the rest for the password
        String forged = "evil\n2026-12-05 08.00.00,000 INFO  [main] FORGED-" + App.PASSWORD.hashCode() + " admin logged in\u001b[2J";
        app.send(App.withBasic(app.request("/health"), forged, "x").GET().build());
        Path[] logs = { app.log(), app.console() };
        for (Path log : logs) {
            String text = Poll.until(Duration.ofSeconds(10), "the wrong login logged", () -> {
                String t = Files.readString(log, StandardCharsets.UTF_8);
                return t.contains("FORGED-" + App.PASSWORD.hashCode()) ? t : null;
            });
            assertThat(text.lines().filter(l -> l.contains("FORGED-"))).as(log.toString())
                    .allMatch(l -> l.contains("Wrong credentials for user 'evil\\n2026-12-05"));
            assertThat(text).as(log.toString()).doesNotContain("\u001b[2J").contains("\\u001b[2J");
        }
        // An imported section name (logged when no bundle contributes it); an imported time zone with a line break
        // is refused as no time zone, in the answer (JSON) and with the import: nothing is written.
        String zone = "Evil/Zone\n2026-12-05 08:00:00,000 INFO  [main] FORGED-ZONE admin logged in\u001b[31m";
        String document = "{\"formatVersion\":1,\"appVersion\":\"0.1.0\",\"exportedAt\":\"2026-12-05T13:00:00Z\",\"sections\":{"
                + "\"settings\":{\"items\":[{\"pid\":\"com.focusflow.analytics\",\"changedAt\":\"" + java.time.Instant.now()
                + "\",\"properties\":{\"zone\":" + Json.quote(zone) + "}}]},"
                + Json.quote("notes\nFORGED-SECTION\u001b[31m") + ":{\"items\":[]}}}";
        HttpResponse<String> imported = app.post("/import", document);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        assertThat(imported.body()).contains("settings[0].properties.zone: 'Evil/Zone").contains("is not a time zone");
        // The same zone in a .cfg file (Config Admin cannot refuse): put back, with a WARN that quotes it
        Path cfg = app.home.resolve("load").resolve("com.focusflow.analytics.cfg");
        Files.createDirectories(cfg.getParent());
        Path aside = Files.writeString(dir.resolve("analytics.cfg.tmp"),
                "zone=Evil/Zone\\n2026-12-05 08:00:00,000 INFO  [main] FORGED-ZONE admin logged in\\u001b[31m\n");
        Files.move(aside, cfg, StandardCopyOption.ATOMIC_MOVE); // FileInstall never reads it half-written
        try {
            for (Path log : logs) {
                // the skipped section is an INFO line: in the log file only (the terminal shows warnings)
                String expected = log.equals(app.log()) ? "FORGED-SECTION" : "FORGED-ZONE";
                String text = Poll.until(Duration.ofSeconds(30), "the refused zone logged", () -> {
                    String t = Files.readString(log, StandardCharsets.UTF_8);
                    return t.contains("FORGED-ZONE") && t.contains(expected) ? t : null;
                });
                assertThat(text.lines().filter(l -> l.contains("FORGED-ZONE") || l.contains("FORGED-SECTION"))).as(log.toString())
                        .allMatch(l -> l.contains("Evil/Zone\\n2026-12-05") || l.contains("notes\\nFORGED-SECTION\\u001b[31m"));
                assertThat(text).as(log.toString()).doesNotContain("\u001b[31m");
            }
        } finally {
            Files.delete(cfg);
        }
        System.out.println("SECURITY log injection: user name, imported zone and section name logged on one line, escaped");
    }

    /** Issue 19.13 and 19.14: wrong JSON types and impossible times are refused naming the field, nothing changes. */
    @Test
    @Order(14)
    void wrongTypesAndImpossibleTimesAreInvalidInput() throws Exception {
        List<String[]> refused = List.of(
                new String[] { "/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":1}", "strict" },
                new String[] { "/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25.7,\"strict\":false}", "plannedMinutes" },
                new String[] { "/sessions", "{\"type\":\"focus\",\"plannedMinutes\":\"25\",\"strict\":false}", "plannedMinutes" },
                new String[] { "/sessions", "{\"type\":\"focus\",\"plannedMinutes\":4294967321,\"strict\":false}", "plannedMinutes" },
                new String[] { "/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":false,\"strict\":true}", "strict" },
                new String[] { "/blocklist", "{\"type\":\"app\",\"value\":true}", "value" });
        for (String[] r : refused) {
            HttpResponse<String> answer = app.post(r[0], r[1]);
            assertThat(answer.statusCode()).as(r[1]).isEqualTo(400);
            assertThat(answer.body()).as(r[1]).contains("INVALID_INPUT").contains(r[2]);
        }
        HttpResponse<String> put = app.put("/blocking", "{\"enabled\":0}");
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("enabled");
        assertThat(app.get("/sessions/active").statusCode()).as("no session started").isEqualTo(204);
        assertThat(app.get("/blocking").body()).contains("\"enabled\":true");
        HttpResponse<String> far = app.get("/sessions?from=%2B999999999-12-31T23:59:59Z");
        assertThat(far.statusCode()).as(far.body()).isEqualTo(400);
        assertThat(far.body()).contains("INVALID_INPUT").contains("from");
    }

    /**
     * Issue 19.11, measured again with real victims: an app calling itself "bash" in argv[0], a blocked
     * shell script, a non-ASCII app and a non-ASCII shell script under LANG=C, and an app that starts a fresh
     * copy of itself and exits every 0.5 s (20 of 20 generations used to survive), once in its own process
     * group and once through {@code setsid -f} (a new session and group, adopted by init), at most 20
     * generations each.
     */
    @Test
    @Order(15)
    void escapesFromAppBlockingAreClosed() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("escapes"));
        // As root (CI) this is also the root case of issue 19.12: FocusFlow, told by SUDO_UID that the desktop
        // user is nobody, closes nobody's apps; a root copy of a blocked app is left alone.
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxrwxrwx"));
        String unique = Long.toHexString(System.nanoTime());
        Path spoof = Files.copy(Path.of("/bin/sleep"), sub.resolve("ffspoof" + unique));
        Path script = sub.resolve("ffscript" + unique);
        Files.writeString(script, "#!/bin/sh\nsleep 600 &\nwait\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path hydra = Files.copy(Path.of("/bin/dash"), sub.resolve("ffhydra" + unique));
        Path generations = worldWritable(sub.resolve("generations.log"));
        Path setsidHydra = Files.copy(Path.of("/bin/dash"), sub.resolve("ffsetsid" + unique));
        Path setsidGenerations = worldWritable(sub.resolve("setsid-generations.log"));
        String nonAscii = "ff\u00fcml" + unique; // created through the shell, whatever the test JVM's locale
        String nonAsciiScript = "ff\u00fcsc" + unique; // run as "/bin/sh <dir>/ff\u00fcsc<unique>.sh"
        List<Process> started = new ArrayList<>();
        Map<String, String> env = Settings.root() ? Map.of("LANG", "C", "LC_ALL", "C", "SUDO_UID", "65534")
                : Map.of("LANG", "C", "LC_ALL", "C");
        Process rootsOwn = Settings.root() ? new ProcessBuilder(spoof.toString(), "600").start() : null;
        try (App c = App.start(env, sub.resolve("home"), HostsCheck.create(sub)).awaitReady()) {
            for (String name : List.of(spoof.getFileName().toString(), script.getFileName().toString(),
                    hydra.getFileName().toString(), setsidHydra.getFileName().toString(), nonAscii, nonAsciiScript)) {
                HttpResponse<String> added = c.post("/blocklist", "{\"type\":\"app\",\"value\":" + Json.quote(name) + "}");
                assertThat(added.statusCode()).as(name + " " + added.body()).isEqualTo(201);
            }
            started.add(asDesktopUser("/bin/bash", "-c", "exec -a bash " + spoof + " 600").start());
            started.add(asDesktopUser(script.toString()).start());
            started.add(asDesktopUser("/bin/sh", "-c",
                    "cp /bin/sleep \"$0/ff$(printf '\\303\\274')ml$1\" && exec \"$0/ff$(printf '\\303\\274')ml$1\" 600",
                    sub.toString(), unique).start());
            started.add(asDesktopUser("/bin/sh", "-c", "s=\"$0/ff$(printf '\\303\\274')sc$1.sh\"; "
                    + "printf '#!/bin/sh\\nsleep 600 &\\nwait\\n' > \"$s\" && chmod +x \"$s\" && exec \"$s\"", sub.toString(),
                    unique).start());
            started.add(chain(hydra, generations, "\"$0\" -c \"$BODY\" & exit 0").start());
            started.add(chain(setsidHydra, setsidGenerations, "setsid -f \"$0\" -c \"$BODY\"; exit 0").start());
            assertThat(c.post("/sessions", FOCUS).statusCode()).isEqualTo(201);

            for (Process p : started.subList(0, 4)) {
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("closed: %s", p.info().commandLine().orElse("?")).isTrue();
            }
            for (Path[] fork : List.of(new Path[] { hydra, generations }, new Path[] { setsidHydra, setsidGenerations })) {
                // Positive: the chain ran, and no member of it runs any more, so no generation can be added now.
                Poll.until(Duration.ofSeconds(60), "the fork chain started", () -> Files.size(fork[1]) > 0 ? Boolean.TRUE : null);
                Poll.until(Duration.ofSeconds(60), "the fork chain closed", () -> ended(fork[0]));
                long survived = Files.readAllLines(fork[1]).size();
                System.out.printf("SECURITY fork chain %s: %d of at most 20 generations started before it was closed "
                        + "(grace 3 s, a copy every 0.5 s)%n", fork[0].getFileName(), survived);
                assertThat(survived).as("generations of the fork chain " + fork[0].getFileName()).isLessThan(20);
            }
            if (rootsOwn != null) {
                assertThat(rootsOwn.isAlive()).as("root's own copy of a blocked app, FocusFlow running as root").isTrue();
            }
            assertThat(c.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
        } finally {
            started.forEach(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
            killCopiesOf(hydra); // a chain that outlived the test: its members are no longer our children
            killCopiesOf(setsidHydra);
            if (rootsOwn != null) {
                rootsOwn.destroyForcibly();
            }
        }
    }

    /**
     * A fork chain: each generation notes its pid in {@code log}, stops itself at the 20th, waits 0.5 s, then
     * runs {@code next} (which starts the next generation and exits).
     */
    private static ProcessBuilder chain(Path program, Path log, String next) {
        String body = "echo $$ >> " + log + "; [ $(wc -l < " + log + ") -ge 20 ] && exit 0; sleep 0.5; " + next;
        ProcessBuilder chain = asDesktopUser(program.toString(), "-c", body);
        chain.environment().put("BODY", body);
        return chain;
    }

    private static Path worldWritable(Path file) throws IOException {
        Files.createFile(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        return file;
    }

    /** The command as the desktop user: as root, nobody (uid 65534), named by SUDO_UID; otherwise as is. */
    private static ProcessBuilder asDesktopUser(String... command) {
        List<String> full = new ArrayList<>();
        if (Settings.root()) {
            full.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        full.addAll(List.of(command));
        return new ProcessBuilder(full);
    }

    /**
     * Whether no member of a fork chain runs: looked at twice, longer apart than a generation lives, since one
     * listing of /proc misses a chain whose member exits after the listing, having forked the next one just after it.
     */
    private static Boolean ended(Path program) throws Exception {
        if (!copiesOf(program).isEmpty()) {
            return null;
        }
        Thread.sleep(1000);
        return copiesOf(program).isEmpty() ? Boolean.TRUE : null;
    }

    /** Kills the running processes whose executable is {@code program} (a file this test created). */
    private static void killCopiesOf(Path program) throws Exception {
        for (int round = 0; round < 10; round++) {
            copiesOf(program).forEach(ProcessHandle::destroyForcibly);
            Thread.sleep(100);
        }
    }

    /**
     * The running processes whose executable is {@code program}, or whose command line names it ({@code setsid -f
     * <program>} between its fork and exec); a zombie has no readable exe link and an empty command line.
     */
    private static List<ProcessHandle> copiesOf(Path program) throws Exception {
        try (var entries = Files.list(Path.of("/proc"))) {
            return entries.filter(e -> e.getFileName().toString().matches("[0-9]+")).filter(e -> {
                try {
                    return Files.readSymbolicLink(e.resolve("exe")).equals(program)
                            || new String(Files.readAllBytes(e.resolve("cmdline")), StandardCharsets.UTF_8).contains(program.toString());
                } catch (Exception gone) {
                    return false;
                }
            }).flatMap(e -> ProcessHandle.of(Long.parseLong(e.getFileName().toString())).stream()).toList();
        }
    }

    /**
     * Last: it locks loopback out for a minute. Issue 19.2: all of 127.0.0.0/8 is one client, so guesses
     * spread over 127.10.0.x are throttled together; a browser holding the device cookie of an earlier
     * successful login still gets in, even after 100 cookie-less logins by a script.
     */
    @Test
    @Order(99)
    void wrongPasswordsAreRateLimitedAcrossAllOfLoopback() throws Exception {
        String host = "Host: 127.0.0.1:" + app.port + "\r\n";
        RawHttp.Response login = RawHttp.send(app.port, null, "GET", App.API + "/health", host + RawHttp.basic(App.USER, App.PASSWORD), null);
        assertThat(login.status()).isEqualTo(200);
        String cookie = login.header("Set-Cookie").split(";")[0];
        assertThat(cookie).startsWith("FocusFlowDevice=");
        // scripts without a cookie jar get a new cookie with every answer; they must not push the browser's out
        for (int i = 0; i < 100; i++) {
            assertThat(RawHttp.send(app.port, null, "GET", App.API + "/health", host + RawHttp.basic(App.USER, App.PASSWORD), null)
                    .status()).isEqualTo(200);
        }

        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            statuses.add(RawHttp.send(app.port, "127.10.0." + i, "GET", App.API + "/health",
                    host + RawHttp.basic(App.USER, "guess-" + i), null).status());
        }
        System.out.println("SECURITY 30 wrong passwords from 127.10.0.1-30: " + statuses);
        int firstLock = statuses.indexOf(429);
        assertThat(firstLock).as("locked out within the first ten guesses").isBetween(0, 9);
        assertThat(statuses.subList(firstLock, statuses.size())).containsOnly(429);
        assertThat(app.get("/health").statusCode()).as("even the right password, without the cookie").isEqualTo(429);
        assertThat(RawHttp.send(app.port, "127.0.0.1", "GET", App.API + "/health",
                host + RawHttp.basic(App.USER, App.PASSWORD) + "Cookie: " + cookie + "\r\n", null).status())
                .as("the user's browser with its device cookie").isEqualTo(200);
    }
}
