package com.focusflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.focusflow.testing.Gen;
import com.focusflow.testing.Poll;

/**
 * Issue 12, end to end: the privileged helper in the foreground over a root-owned scratch hosts file (0644
 * in a root-owned 0755 folder, CRLF line ends), and the real FocusFlow jar running as an ordinary user this
 * test creates. Never the machine's /etc/hosts. Needs root (as CI runs): skipped otherwise.
 */
class HelperTest {

    private static final byte[] ORIGINAL = "127.0.0.1 localhost\r\n::1 localhost ip6-localhost\r\n# the user's line\r\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final List<String> users = new ArrayList<>();
    private Path dir;
    private Path hosts;
    private Path socket;
    private Path state;
    private Path policy;
    private Process helper;

    @BeforeEach
    void scratch() throws Exception {
        Settings.assumeRoot("creates users and runs the helper as root");
        dir = Files.createTempDirectory(Path.of("/tmp"), "focusflow-helper-it-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path etc = Files.createDirectory(dir.resolve("etc"));
        Files.setPosixFilePermissions(etc, PosixFilePermissions.fromString("rwxr-xr-x"));
        hosts = Files.write(etc.resolve("hosts"), ORIGINAL);
        Files.setPosixFilePermissions(hosts, PosixFilePermissions.fromString("rw-r--r--"));
        socket = dir.resolve("run/helper.sock");
        state = dir.resolve("state");
        policy = dir.resolve("helper.conf");
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (helper != null) {
            stopHelper();
        }
        for (String user : users) {
            run(List.of("userdel", "-r", user));
        }
        if (dir != null) {
            run(List.of("rm", "-rf", "--", dir.toString()));
        }
    }

    /** The unit files as run/install-helper writes them pass systemd's own check. */
    @Test
    void theSubstitutedUnitsPassSystemdAnalyzeVerify() throws Exception {
        Path units = Files.createDirectory(dir.resolve("units"));
        assertThat(run(List.of(Settings.path("focusflow.installHelper").toString(), "--render", units.toString()))).isZero();
        assertThat(Files.readString(units.resolve("focusflow-helper.service"))).doesNotContain("@JAVA@")
                .doesNotContain("@HELPER_JAR@").contains("ExecStart=" + Path.of(java()).toRealPath());
        Process verify = new ProcessBuilder("systemd-analyze", "verify", units.resolve("focusflow-helper.socket").toString(),
                units.resolve("focusflow-helper.service").toString()).redirectErrorStream(true).start();
        String out = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as("systemd-analyze verify (Debian's systemd package): %s", out).isZero();
    }

    /** Socket activation as systemd does it (StandardInput=socket), without systemd running; idle, it exits. */
    @Test
    void socketActivatedItAnswersAndExitsWhenIdle() throws Exception {
        Files.writeString(policy, "idleSeconds=5\n");
        Files.createDirectories(socket.getParent());
        List<String> command = new ArrayList<>(List.of("systemd-socket-activate", "--inetd", "-l", socket.toString(), java()));
        command.addAll(unitJvmOptions());
        command.addAll(List.of("-jar", Settings.path("focusflow.helperJar").toString(), "--hosts", hosts.toString(),
                "--state", state.toString(), "--config", policy.toString()));
        Process activated = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("activated.log").toFile())).start();
        try {
            String status = Poll.until(Duration.ofSeconds(30), "the socket-activated helper answers", () -> {
                try {
                    return rawAsRoot("{\"v\":1,\"op\":\"status\"}");
                } catch (IOException notYet) {
                    return null;
                }
            });
            assertThat(status).contains("\"ok\":true").contains("\"hosts\":\"" + hosts + "\"");
            assertThat(activated.waitFor(60, TimeUnit.SECONDS)).as("exits when idle with nothing strict").isTrue();
            assertThat(activated.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve("activated.log"))).contains("socket-activated").contains("Idle");
        } finally {
            activated.destroyForcibly();
        }
    }

    @Test
    void anOrdinaryUserBlocksThroughTheHelperAndAStrictBlockHolds() throws Exception {
        String user = createUser("ffit" + SUFFIX);
        String denied = createUser("ffno" + SUFFIX);
        Files.writeString(policy, "# HelperTest\nminUid=1000\ndenyUids=" + uid(denied) + "\nrepairSeconds=1\n");
        startHelper();

        Path home = dir.resolve(user + "-home/data");
        Files.createDirectories(home.resolve("load"));
        Files.writeString(home.resolve("load/com.focusflow.blocking.hosts.cfg"),
                "helperSocket=" + socket + "\ncheckSeconds=1\nflushDns=false\n");
        run(List.of("chown", "-R", user, dir.resolve(user + "-home").toString()));

        try (App app = App.start(List.of("runuser", "-u", user, "--"), home, hosts).awaitReady()) {
            assertThat(app.get("/blocking").body()).as("the route is known before any session")
                    .contains("\"name\":\"hosts\"").contains("\"route\":\"helper\"");
            assertThat(run(List.of("runuser", "-u", user, "--", "sh", "-c", "echo '1.2.3.4 bank.example' >> " + hosts)))
                    .as("the user cannot write the hosts file").isNotZero();

            // an ordinary session blocks and unblocks through the helper; every other byte stays
            assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"youtube.com\"}").statusCode()).isEqualTo(201);
            assertThat(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":25,\"strict\":false}").statusCode())
                    .isEqualTo(201);
            awaitBlocked("youtube.com");
            assertThat(app.post("/sessions/active/end", "").statusCode()).isEqualTo(200);
            awaitOriginal(Duration.ofSeconds(30));

            // a strict session: nobody can release or shrink it through the socket
            assertThat(app.post("/sessions", "{\"type\":\"focus\",\"plannedMinutes\":1,\"strict\":true}").statusCode())
                    .isEqualTo(201);
            String engaged = awaitBlocked("youtube.com");
            assertThat(rawAs(user, "{\"v\":1,\"op\":\"release\"}", "{\"v\":1,\"op\":\"engage\",\"names\":[]}",
                    "{\"v\":1,\"op\":\"engage\",\"names\":[\"www.youtube.com\"]}"))
                    .allSatisfy(a -> assertThat(a).contains("\"error\":\"STRICT\""));
            assertThat(rawAsRoot("{\"v\":1,\"op\":\"release\"}")).contains("\"error\":\"NOT_OWNER\"");
            assertThat(rawAs(denied, "{\"v\":1,\"op\":\"engage\",\"names\":[\"example.com\"]}"))
                    .singleElement().asString().contains("\"error\":\"NOT_ALLOWED\"");
            assertThat(app.put("/blocking", "{\"enabled\":false}").statusCode()).as("not through FocusFlow either")
                    .isNotEqualTo(200);
            assertThat(rawAs(user, generated(2000))).hasSize(2000).allSatisfy(a -> assertThat(a).contains("\"ok\":false"));
            assertThat(Files.readString(hosts, StandardCharsets.ISO_8859_1)).as("thousands of requests changed nothing")
                    .isEqualTo(engaged);

            // killed mid-strict, the block deleted meanwhile: the restarted helper puts it back
            stopHelper();
            Files.write(hosts, ORIGINAL);
            startHelper();
            awaitBlocked("youtube.com");

            // deleted by hand while the helper runs: repaired
            Files.write(hosts, ORIGINAL);
            awaitBlocked("youtube.com");

            // and released at the strict end
            awaitOriginal(Duration.ofSeconds(150));
        }
    }

    /**
     * Issue 16: a strict schedule's window, with no session running, is engaged through the helper with the
     * window's end as the strict end, so the helper itself refuses to release or shrink it before then.
     */
    @Test
    void aStrictScheduleWindowIsHeldByTheHelperUntilItsEnd() throws Exception {
        String user = createUser("ffsc" + SUFFIX);
        Files.writeString(policy, "# HelperTest\nminUid=1000\nrepairSeconds=1\n");
        startHelper();
        Path home = dir.resolve(user + "-home/data");
        Files.createDirectories(home.resolve("load"));
        Files.writeString(home.resolve("load/com.focusflow.blocking.hosts.cfg"),
                "helperSocket=" + socket + "\ncheckSeconds=1\nflushDns=false\n");
        run(List.of("chown", "-R", user, dir.resolve(user + "-home").toString()));

        try (App app = App.start(List.of("runuser", "-u", user, "--"), home, hosts).awaitReady()) {
            assertThat(app.post("/blocklist", "{\"type\":\"website\",\"value\":\"youtube.com\"}").statusCode()).isEqualTo(201);
            // open now, every day (no midnight edge), ending a few minutes from now, in the app's zone
            ZonedDateTime now = ZonedDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            ZonedDateTime end = now.plusMinutes(5);
            String schedule = String.format("{\"name\":\"Exam prep\",\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\","
                    + "\"THURSDAY\",\"FRIDAY\",\"SATURDAY\",\"SUNDAY\"],\"start\":\"%s\",\"end\":\"%s\","
                    + "\"action\":\"block\",\"strict\":true,\"enabled\":true}", hhmm(now.minusMinutes(2).toLocalTime()),
                    hhmm(end.toLocalTime()));
            assertThat(app.post("/schedules", schedule).statusCode()).as(schedule).isEqualTo(201);
            String engaged = awaitBlocked("youtube.com");

            // the window's end (the app's zone is this machine's, as the test's) is the helper's strict end
            String status = rawAsRoot("{\"v\":1,\"op\":\"status\"}");
            assertThat(status).contains("\"strict\":true");
            assertThat(Instant.parse(field(status, "strictUntil"))).as("the helper's strict end: %s; GET /blocking: %s",
                    status, app.get("/blocking").body()).isEqualTo(end.toInstant());

            assertThat(rawAs(user, "{\"v\":1,\"op\":\"release\"}", "{\"v\":1,\"op\":\"engage\",\"names\":[]}",
                    "{\"v\":1,\"op\":\"engage\",\"names\":[\"www.youtube.com\"]}"))
                    .as("the helper refuses removal before the window's end")
                    .allSatisfy(a -> assertThat(a).contains("\"error\":\"STRICT\""));
            assertThat(Files.readString(hosts, StandardCharsets.ISO_8859_1)).isEqualTo(engaged);
        }
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** A string field of a flat JSON object. */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }

    /** Lines nobody should be able to act on: garbage, near-misses, hostile names, wrong types. */
    private static List<String> generated(int count) {
        Gen gen = new Gen(Long.getLong("focusflow.fuzz.seed", System.nanoTime()));
        String[] shapes = { "{\"v\":1,\"op\":\"release\"}", "{\"v\":1,\"op\":\"engage\",\"names\":[%s]}",
                "{\"v\":%s,\"op\":\"engage\",\"names\":[]}", "{\"v\":1,\"op\":%s}", "%s",
                "{\"v\":1,\"op\":\"engage\",\"names\":[\"youtube.com\"],\"strictUntil\":%s}" };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String noise = gen.string(60).codePoints().filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                    .replace("\n", "\\n").replace("\r", "\\r").replace("\u2028", " ")
                    .replace("\u2029", " ").replace("\u0085", " ");
            String shape = shapes[i % shapes.length];
            lines.add(shape.contains("%s") ? shape.replace("%s", i % 2 == 0 ? "\"" + noise + "\"" : noise) : shape);
        }
        return lines;
    }

    private String awaitBlocked(String name) throws Exception {
        return Poll.until(Duration.ofSeconds(90), name + " blocked in " + hosts, () -> {
            String text = Files.readString(hosts, StandardCharsets.ISO_8859_1);
            if (!text.contains("0.0.0.0 " + name + "\r\n")) {
                return null;
            }
            assertThat(text).startsWith(new String(ORIGINAL, StandardCharsets.ISO_8859_1));
            String block = text.substring(ORIGINAL.length);
            assertThat(block).as("only FocusFlow's block was added").startsWith(HostsCheck.BEGIN + "\r\n")
                    .endsWith(HostsCheck.END + "\r\n");
            assertThat(block.replace("\r\n", "")).as("with the file's CRLF line ends").doesNotContain("\n");
            return text;
        });
    }

    private void awaitOriginal(Duration within) throws Exception {
        Poll.until(within, hosts + " back to its original bytes",
                () -> java.util.Arrays.equals(Files.readAllBytes(hosts), ORIGINAL) ? Boolean.TRUE : null);
    }

    private void startHelper() throws Exception {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(unitJvmOptions());
        command.addAll(List.of("-jar", Settings.path("focusflow.helperJar").toString(), "--listen",
                socket.toString(), "--hosts", hosts.toString(), "--state", state.toString(), "--config", policy.toString()));
        helper = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("helper.log").toFile())).start();
        Poll.until(Duration.ofSeconds(30), "the helper answers", () -> {
            if (!helper.isAlive()) {
                throw new AssertionError("the helper exited; see " + dir.resolve("helper.log"));
            }
            try {
                return rawAsRoot("{\"v\":1,\"op\":\"status\"}").contains("\"ok\":true") ? Boolean.TRUE : null;
            } catch (IOException notYet) {
                return null;
            }
        });
    }

    private void stopHelper() throws InterruptedException {
        helper.destroyForcibly();
        helper.waitFor(30, TimeUnit.SECONDS);
        helper = null;
    }

    /** Each line on its own connection, sent by {@code user} with the raw client; the answers. */
    private List<String> rawAs(String user, String... lines) throws Exception {
        return rawAs(user, List.of(lines));
    }

    private List<String> rawAs(String user, List<String> lines) throws Exception {
        Path requests = Files.write(dir.resolve("requests-" + System.nanoTime()), lines, StandardCharsets.UTF_8);
        Path client = dir.resolve("RawClient.java");
        if (!Files.exists(client)) {
            try (var in = HelperTest.class.getResourceAsStream("/helper/RawClient.java")) {
                Files.copy(in, client);
            }
        }
        Files.setPosixFilePermissions(requests, PosixFilePermissions.fromString("rw-r--r--"));
        Process process = new ProcessBuilder("runuser", "-u", user, "--", java(), client.toString(), socket.toString(),
                requests.toString()).redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("client.log").toFile())).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("the raw client; see %s", dir.resolve("client.log")).isZero();
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    private String rawAsRoot(String line) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer in = ByteBuffer.allocate(64 * 1024);
            while (channel.read(in) > 0) {
                // until the helper closes the connection after its one answer
            }
            return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8).strip();
        }
    }

    private String createUser(String name) throws Exception {
        Path home = dir.resolve(name + "-home");
        assertThat(run(List.of("useradd", "-m", "-d", home.toString(), "-s", "/bin/sh", name))).as("useradd " + name).isZero();
        users.add(name);
        return name;
    }

    private static int uid(String user) throws Exception {
        Process process = new ProcessBuilder("id", "-u", user).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(10, TimeUnit.SECONDS);
        return Integer.parseInt(out);
    }

    private static int run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** The JVM options the service unit runs the helper with (between the java command and -jar). */
    private static List<String> unitJvmOptions() throws IOException {
        String unit = Files.readString(Settings.path("focusflow.helperUnits").resolve("focusflow-helper.service"));
        Matcher exec = Pattern.compile("(?m)^ExecStart=@JAVA@ (.*) -jar @HELPER_JAR@").matcher(unit);
        assertThat(exec.find()).as("the unit's ExecStart").isTrue();
        return List.of(exec.group(1).trim().split("\\s+"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
