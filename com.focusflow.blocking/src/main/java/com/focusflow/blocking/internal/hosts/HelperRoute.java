package com.focusflow.blocking.internal.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockSet;
import com.focusflow.api.blocking.BlockerHealth;
import com.focusflow.api.health.HealthStatus;
import com.focusflow.hosts.protocol.Answer;
import com.focusflow.hosts.protocol.ErrorKind;
import com.focusflow.hosts.protocol.HelperClient;
import com.focusflow.hosts.protocol.ProtocolException;
import com.focusflow.hosts.protocol.Request;

/**
 * The helper route: FocusFlow may not write the hosts file, so the privileged helper keeps the block. The
 * helper repairs the file itself; this side checks now and then that the helper still holds FocusFlow's
 * names (it may have been restarted without its state) and retries a release the helper refused because a
 * strict block had a moment left.
 */
final class HelperRoute {

    /** Status requests are logged by the helper: ask every this many checks, not on every one. */
    private static final int STATUS_EVERY = 15;

    private static final Logger LOG = LoggerFactory.getLogger(HelperRoute.class);

    private final HelperClient client;
    private final Path hosts;
    private List<String> names; // null while disengaged
    private BlockSet engaged;
    private boolean releasePending;
    private int checks;
    private volatile BlockerHealth health = up();

    HelperRoute(Path socket, Path hosts) {
        this.client = new HelperClient(socket, Duration.ofSeconds(5));
        this.hosts = hosts;
    }

    Path socket() {
        return client.socket();
    }

    /** Whether the helper answers and keeps the same hosts file FocusFlow is configured for. */
    boolean available() {
        try {
            Answer answer = client.send(new Request.Status());
            return answer.ok() && sameFile(answer.text("hosts"));
        } catch (IOException | ProtocolException e) {
            return false;
        }
    }

    synchronized void engage(BlockSet set) {
        names = set.websites();
        engaged = set;
        releasePending = false;
        Answer answer = send(new Request.Engage(set.websites(), set.strictUntil()));
        if (!answer.ok()) {
            FocusFlowException failure = refused(answer);
            health = new BlockerHealth(HostsGuard.NAME, HealthStatus.DEGRADED, failure.getMessage(), Route.HELPER.value());
            throw failure;
        }
        health = up();
    }

    synchronized void disengage() {
        names = null;
        engaged = null;
        release();
    }

    synchronized void check() {
        if (releasePending) {
            release();
            return;
        }
        if (names == null || (++checks % STATUS_EVERY != 0 && health.health() == HealthStatus.UP)) {
            return;
        }
        try {
            Answer status = send(new Request.Status());
            if (!(status.ok() && Boolean.TRUE.equals(status.fields().get("engaged"))
                    && names.size() == ((Number) status.fields().getOrDefault("count", -1)).intValue())) {
                LOG.warn("The helper at {} does not hold FocusFlow's block (restarted without its state?); engaging again",
                        client.socket());
                engage(engaged);
            } else {
                health = up();
            }
        } catch (FocusFlowException e) {
            health = new BlockerHealth(HostsGuard.NAME, HealthStatus.DEGRADED, e.getMessage(), Route.HELPER.value());
        }
    }

    BlockerHealth health() {
        return health;
    }

    private void release() {
        try {
            Answer answer = send(new Request.Release());
            releasePending = !answer.ok() && answer.error() == ErrorKind.STRICT;
            if (!answer.ok() && !releasePending) {
                LOG.warn("The helper did not release FocusFlow's block: {}", answer.message());
            }
            health = up();
        } catch (FocusFlowException e) {
            // the helper holds the block on its own and releases it at its end; nothing is lost
            LOG.debug("Cannot reach the helper to release: {}", e.getMessage());
        }
    }

    private Answer send(Request request) {
        try {
            return client.send(request);
        } catch (IOException | ProtocolException e) {
            throw FocusFlowException.io(e, "Cannot reach FocusFlow's helper at %s: %s", client.socket(), e.getMessage());
        }
    }

    private FocusFlowException refused(Answer answer) {
        String message = "FocusFlow's helper refused to block: " + answer.message();
        return switch (answer.error()) {
            case NOT_ALLOWED -> FocusFlowException.permissionDenied("%s (see /etc/focusflow/helper.conf)", message);
            case NOT_OWNER, STRICT -> FocusFlowException.conflict("%s", message);
            case INVALID_NAME, TOO_LARGE -> FocusFlowException.invalidInput("%s", message);
            default -> FocusFlowException.io(null, "%s", message);
        };
    }

    private boolean sameFile(String helperHosts) {
        if (helperHosts == null) {
            return false;
        }
        try {
            return Path.of(helperHosts).toRealPath().equals(hosts.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static BlockerHealth up() {
        return new BlockerHealth(HostsGuard.NAME, HealthStatus.UP, null, Route.HELPER.value());
    }
}
