package com.focusflow.api.sync;

import java.util.function.Supplier;

import org.osgi.annotation.versioning.ConsumerType;

/** A validated, computed merge of one section, made by {@link DataContributor#prepareImport}. */
@ConsumerType
public interface ImportPlan {
    /** What {@link #apply()} will do if the local data does not change in between. */
    SectionReport report();

    /**
     * Writes the merge in one transaction, re-reading the rows it touches so that a change made since
     * the plan was prepared is merged, not overwritten. Posts the contributor's change events afterwards
     * (e.g. {@link com.focusflow.api.session.SessionTopics#IMPORTED}). Applying a plan twice changes
     * nothing the second time.
     *
     * @return what it actually did
     * @throws com.focusflow.api.FocusFlowException {@code DATABASE}, with nothing of this section written
     */
    SectionReport apply();

    /**
     * A plan that predicts {@code predicted} and applies with {@code apply}: what most contributors return.
     *
     * @param predicted what {@link #report()} answers
     * @param apply what {@link #apply()} runs, with the contract described there
     */
    static ImportPlan of(SectionReport predicted, Supplier<SectionReport> apply) {
        return new ImportPlan() {
            @Override
            public SectionReport report() {
                return predicted;
            }

            @Override
            public SectionReport apply() {
                return apply.get();
            }
        };
    }
}
