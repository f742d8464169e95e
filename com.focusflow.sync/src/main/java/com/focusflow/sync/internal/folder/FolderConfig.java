package com.focusflow.sync.internal.folder;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The folder sync's settings (PID {@value com.focusflow.api.sync.SyncFolderService#PID}); per machine, never exported. */
@ObjectClassDefinition(name = "FocusFlow sync folder",
        description = "Keeps your computers in step through a folder that Syncthing, Dropbox or Nextcloud shares. "
                + "Each computer writes its own files there and merges the others'.")
public @interface FolderConfig {

    @AttributeDefinition(name = "Folder", required = false, description = "Absolute path of the shared folder, e.g. "
            + "/home/you/Sync/FocusFlow. Empty: off.")
    String path() default "";

    @AttributeDefinition(name = "Device name", required = false,
            description = "How this computer is shown on the others. Empty: the host name.")
    String deviceName() default "";

    @AttributeDefinition(name = "Rescan (seconds)", min = "5", max = "3600",
            description = "How often the folder is looked at even without a change notice (network and FUSE "
                    + "folders often send none)")
    int rescanSeconds() default 30;

    @AttributeDefinition(name = "Settle time (milliseconds)", min = "0", max = "60000",
            description = "How long another device's file must keep its size and time before it is merged, so a "
                    + "file still being written is left alone")
    int settleMillis() default 2000;

    @AttributeDefinition(name = "Write delay (milliseconds)", min = "0", max = "600000",
            description = "How long after a change here this computer's files are written; changes in between "
                    + "are written together")
    int writeDelayMillis() default 3000;

    @AttributeDefinition(name = "Largest file (MiB)", min = "1", max = "1024",
            description = "Another device's file larger than this is not read")
    int maxFileMegabytes() default 256;
}
