package io.applydesk.automation.sandbox;

/**
 * Implemented by a replica whose jobs can be shown in every {@link PracticeVariant}: one place that turns
 * a job of its model into the job as the variant shows it, before rendering, and says how to map what the
 * varied form posts back to {@link PracticeVariant#STANDARD} terms before recording it.
 *
 * @param <J> the replica's job model
 */
public interface VariedForms<J> {

    /** The job as {@code variant} shows it; {@link PracticeVariant#STANDARD} gives the job and an identity mapping. */
    Varied<J> vary(J job, PracticeVariant variant);

    /**
     * A job as a variant shows it.
     *
     * @param toStandard maps the fields this job's form posts to the standard job's names and values
     */
    record Varied<J>(J job, VariantMapping toStandard) {
    }
}
