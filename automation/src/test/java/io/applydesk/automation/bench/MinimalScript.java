package io.applydesk.automation.bench;

import com.microsoft.playwright.Page;

import java.nio.file.Path;

/**
 * One practice job's application written by hand with Playwright: hard-coded selectors and the demo
 * candidate's values for that one form, no detection, no answer resolution, no evidence. It is what
 * {@link EngineBenchmark} measures the engine against, one script per ATS form family.
 */
interface MinimalScript {

    /** The practice job this script applies to ({@code PracticeJob.jobId()}). */
    String jobId();

    /** The form family, for the results table, e.g. "Greenhouse classic". */
    String formName();

    /**
     * Applies on a fresh page (new browser context) and returns once the site's confirmation shows.
     *
     * @param url    the job's practice URL
     * @param resume the demo candidate's resume
     */
    void apply(Page page, String url, Path resume);
}
