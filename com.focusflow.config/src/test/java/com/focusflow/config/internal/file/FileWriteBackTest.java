package com.focusflow.config.internal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;

class FileWriteBackTest {

    static final String PID = "com.focusflow.analytics";

    @TempDir
    Path load;

    private final ConfigurationAdmin configAdmin = mock(ConfigurationAdmin.class);

    @Test
    void anUpdateIsWrittenIntoTheLinkedFileAndADeletionDeletesIt() throws Exception {
        Path cfg = Files.writeString(load.resolve(PID + ".cfg"), "dailyGoalMinutes=100\n");
        Configuration config = configuration(cfg.toUri().toString(), 95);
        when(configAdmin.listConfigurations(anyString())).thenReturn(new Configuration[] { config });
        FileWriteBack writeBack = writeBack();

        writeBack.configurationEvent(event(ConfigurationEvent.CM_UPDATED));
        assertThat(Files.readString(cfg, StandardCharsets.ISO_8859_1)).containsPattern("dailyGoalMinutes\\s*=\\s*I\"95\"");

        writeBack.configurationEvent(event(ConfigurationEvent.CM_DELETED));
        assertThat(cfg).doesNotExist();
    }

    @Test
    void aLinkToAFileOutsideTheLoadFolderIsNeitherWrittenNorDeleted() throws Exception {
        Path outside = Files.writeString(Files.createTempFile("focusflow-outside", ".cfg"), "keep=me\n");
        try {
            Configuration config = configuration(outside.toUri().toString(), 95);
            when(configAdmin.listConfigurations(anyString())).thenReturn(new Configuration[] { config });
            FileWriteBack writeBack = writeBack();

            writeBack.configurationEvent(event(ConfigurationEvent.CM_UPDATED));
            writeBack.configurationEvent(event(ConfigurationEvent.CM_DELETED));

            assertThat(outside).hasContent("keep=me");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aFileLinkedBeforeTheStartIsDeletedWithItsConfiguration() throws Exception {
        Path cfg = Files.writeString(load.resolve(PID + ".cfg"), "dailyGoalMinutes=100\n");
        Configuration config = configuration(cfg.toUri().toString(), 100);
        when(configAdmin.listConfigurations(eq("(felix.fileinstall.filename=*)"))).thenReturn(new Configuration[] { config });

        writeBack().configurationEvent(event(ConfigurationEvent.CM_DELETED));

        assertThat(cfg).doesNotExist();
    }

    private FileWriteBack writeBack() throws Exception {
        return new FileWriteBack(configAdmin, new LoadFolder(load), new CfgWriter(StandardCharsets.ISO_8859_1, null));
    }

    private static Configuration configuration(String link, int goal) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", PID);
        properties.put("felix.fileinstall.filename", link);
        properties.put("dailyGoalMinutes", goal);
        Configuration config = mock(Configuration.class);
        when(config.getPid()).thenReturn(PID);
        when(config.getProperties()).thenReturn(properties);
        return config;
    }

    @SuppressWarnings("unchecked")
    private static ConfigurationEvent event(int type) {
        return new ConfigurationEvent(mock(ServiceReference.class), type, null, PID);
    }
}
