package com.focusflow.deploy.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets FileInstall update FocusFlow's own bundles. FileInstall manages only bundles it installed itself,
 * so a newer build of a bundle that came with the launcher, dropped into {@code load/}, would be installed
 * beside the running one. This installer claims such jars and updates the installed bundle in place: same
 * bundle id, new version, its state and data kept. Jars of bundles that are not installed yet are left to
 * FileInstall, which installs them as usual.
 */
@Component
public final class LoadFolderUpdater implements ArtifactInstaller {

    static final String OWN_PREFIX = "com.focusflow.";

    private static final Logger LOG = LoggerFactory.getLogger(LoadFolderUpdater.class);

    private final BundleContext context;
    /** One update at a time, off FileInstall's thread: an update of this very bundle stops it mid-call. */
    private final ExecutorService updates = Executors.newSingleThreadExecutor(r -> new Thread(r, "FocusFlow hot update"));

    @Activate
    public LoadFolderUpdater(BundleContext context) {
        this.context = context;
    }

    @Deactivate
    void deactivate() {
        updates.shutdown();
    }

    @Override
    public boolean canHandle(File artifact) {
        return BundleJar.read(artifact)
                .filter(jar -> jar.symbolicName().startsWith(OWN_PREFIX))
                .flatMap(jar -> installed(jar.symbolicName()))
                .isPresent();
    }

    @Override
    public void install(File artifact) {
        scheduleUpdate(artifact);
    }

    @Override
    public void update(File artifact) {
        scheduleUpdate(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        LOG.info("{} was removed from the load folder; the running bundle stays as it is", artifact.getName());
    }

    private void scheduleUpdate(File artifact) {
        // The file may change again before the task runs: read it there, not here.
        updates.execute(() -> updateFrom(artifact));
    }

    private void updateFrom(File artifact) {
        Optional<BundleJar> jar = BundleJar.read(artifact);
        Optional<Bundle> target = jar.flatMap(j -> installed(j.symbolicName()));
        if (jar.isEmpty() || target.isEmpty()) {
            LOG.warn("{} is no longer an update of an installed FocusFlow bundle; ignored", artifact.getName());
            return;
        }
        Bundle bundle = target.get();
        UpdateDecision decision = UpdateDecision.of(bundle.getVersion(), bundle.getLastModified(), jar.get().version(),
                artifact.lastModified());
        if (decision != UpdateDecision.UPDATE) {
            LOG.info("{}: {} {} stays installed ({})", artifact.getName(), bundle.getSymbolicName(),
                    bundle.getVersion(), decision.reason(jar.get().version()));
            return;
        }
        try (InputStream in = Files.newInputStream(artifact.toPath())) {
            LOG.info("Updating {} {} (bundle {}) to {} from {}", bundle.getSymbolicName(), bundle.getVersion(),
                    bundle.getBundleId(), jar.get().version(), artifact);
            bundle.update(in);
            refresh(bundle);
            LOG.info("Updated {} to {}, now {}", bundle.getSymbolicName(), bundle.getVersion(),
                    bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "in state " + bundle.getState());
        } catch (IOException | BundleException | RuntimeException e) {
            LOG.error("Could not update {} from {}: {}", bundle.getSymbolicName(), artifact, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drops the old revision and rewires bundles that imported from it. */
    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> done.countDown());
        if (!done.await(60, TimeUnit.SECONDS)) {
            LOG.warn("Refreshing {} after its update did not finish within 60 s", bundle.getSymbolicName());
        }
    }

    private Optional<Bundle> installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }
}
