package com.focusflow.sync.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.focusflow.api.FocusFlowException;
import com.focusflow.api.sync.DataContributor;
import com.focusflow.api.sync.ImportPlan;
import com.focusflow.api.sync.SectionReport;

/** A contributor over an in-memory table: merge by id, a higher revision replaces a lower one. */
public final class NoteContributor implements DataContributor<NoteContributor.Note> {

    public record Note(String id, String text, int revision) {
    }

    final String section;
    public final Map<String, Note> table = new TreeMap<>();
    public int applied;

    public NoteContributor(String section) {
        this.section = section;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Class<Note> itemType() {
        return Note.class;
    }

    @Override
    public void export(Consumer<? super Note> sink) {
        table.values().forEach(sink);
    }

    @Override
    public ImportPlan prepareImport(List<Note> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == null) {
                throw FocusFlowException.invalidInput("%s[%d].id: is required", section, i);
            }
        }
        return new ImportPlan() {
            @Override
            public SectionReport report() {
                return merge(false);
            }

            @Override
            public SectionReport apply() {
                applied++;
                return merge(true);
            }

            private SectionReport merge(boolean write) {
                int added = 0;
                int updated = 0;
                int unchanged = 0;
                for (Note note : items) {
                    Note local = table.get(note.id());
                    if (local == null) {
                        added++;
                    } else if (note.revision() > local.revision()) {
                        updated++;
                    } else {
                        unchanged++;
                        continue;
                    }
                    if (write) {
                        table.put(note.id(), note);
                    }
                }
                return new SectionReport(added, updated, unchanged);
            }
        };
    }
}
