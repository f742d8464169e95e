package com.focusflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

import com.focusflow.api.ErrorKind;
import com.focusflow.api.FocusFlowException;
import com.focusflow.api.blocking.BlockListService;
import com.focusflow.api.blocking.BlockedItem;
import com.focusflow.api.sync.SyncService;

/**
 * While the bundle of a section FocusFlow ships is not running (starting, updating, stopped), export and import
 * answer UNAVAILABLE naming it and change nothing, instead of writing an incomplete backup or silently skipping
 * the section; once the bundle is back both work again.
 */
class SyncRequiredSectionsTest {

    static final String SCHEDULE = "com.focusflow.schedule";
    static final String SITE = "required-sections.example";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String DOCUMENT = """
            {"formatVersion": 1, "appVersion": "0.1.0", "exportedAt": "2026-01-05T09:30:00Z", "sections": {
             "blocklist": {"items": [{"id": "990001", "type": "website", "value": "%s", "enabled": true,
               "updatedAt": "2026-01-02T08:00:00Z"}]},
             "schedules": {"items": []}}}""".formatted(SITE);

    @InjectBundleContext
    BundleContext context;
    @InjectService(timeout = 10_000)
    SyncService sync;
    @InjectService(cardinality = 0)
    ServiceAware<BlockListService> blockList;

    @AfterEach
    void startScheduleAgain() throws Exception {
        schedule().start();
        BlockListService list = Poll.current(blockList, TIMEOUT);
        list.list().stream().filter(i -> i.value().equals(SITE)).map(BlockedItem::id).forEach(list::remove);
    }

    @Test
    void exportAndImportWaitForTheSectionsFocusFlowShips() throws Exception {
        schedule().stop();

        FocusFlowException refused = catchThrowableOfType(FocusFlowException.class, () -> sync.importFrom(document()));
        assertThat(refused.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refused.getMessage()).contains("import").contains("schedules");
        assertThat(Poll.current(blockList, TIMEOUT).list()).as("nothing imported").noneMatch(i -> i.value().equals(SITE));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FocusFlowException noExport = catchThrowableOfType(FocusFlowException.class, () -> sync.exportTo(out));
        assertThat(noExport.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(noExport.getMessage()).contains("export").contains("schedules");
        assertThat(out.size()).as("nothing written").isZero();

        schedule().start();
        var report = Poll.until(TIMEOUT, "the import accepted once the schedule bundle is back", () -> {
            try {
                return sync.importFrom(document());
            } catch (FocusFlowException e) {
                return null;
            }
        });
        assertThat(report.sections().get("blocklist").added()).isEqualTo(1);
        assertThat(Poll.current(blockList, TIMEOUT).list()).anyMatch(i -> i.value().equals(SITE));
    }

    private static ByteArrayInputStream document() {
        return new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8));
    }

    private Bundle schedule() {
        return Arrays.stream(context.getBundles()).filter(b -> SCHEDULE.equals(b.getSymbolicName())).findFirst()
                .orElseThrow();
    }
}
