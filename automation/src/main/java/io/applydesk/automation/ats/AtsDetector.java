package io.applydesk.automation.ats;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises the ATS of a job: from the URL first (core's {@link JobLinkParser}, ATS-REFERENCE.md §0),
 * and after navigation from the page itself, which also tells which of an ATS's forms it is. Employer
 * career pages that embed Greenhouse ({@code #grnhse_app} / {@code iframe#grnhse_iframe}) are followed
 * into the embedded form, Lever posting pages to their {@code …/apply} form, Ashby Overview tabs to
 * their Application tab, Workable Overview tabs to their {@code …/apply/} form, Recruitee offers to
 * their {@code …/c/new} form and SmartRecruiters posting pages to their OneClick form. Any other application
 * form is {@link FormFingerprint#GENERIC}, chosen only when the page neither shows nor leads to a known ATS's
 * form; its ATS is then the URL's (usually UNKNOWN).
 *
 * <p>Stateless; the page methods run on the calling worker thread.
 */
public final class AtsDetector {
    static final String GREENHOUSE_EMBED = "#grnhse_app, iframe#grnhse_iframe";
    private static final String GREENHOUSE_IFRAME = "iframe#grnhse_iframe";
    /** A Lever posting page (the hostedUrl candidates usually share): its form is one click away, at …/apply. */
    static final String LEVER_POSTING_APPLY = ".posting-page a.postings-btn[href$='/apply']";
    /** An Ashby posting's Overview tab (its jobUrl): the form is on the Application tab, at …/application. */
    static final String ASHBY_APPLICATION_TAB = "[role=tablist] a[role=tab][href$='/application']";
    /** A Workable posting's Overview tab: "Apply for this job" leads to the form at …/apply/. */
    static final String WORKABLE_APPLY = "a[data-ui=apply-button][href*='/apply']";
    /**
     * A Recruitee offer page: its form is at …/o/{slug}/c/new. WHY scoped to the offer's main block: a bare
     * link to a form (e.g. in a list of jobs) must not make any page count as Recruitee.
     */
    static final String RECRUITEE_APPLY = "main.offer a[href$='/c/new']";
    /** A SmartRecruiters posting page's "I'm interested" button ({@code #st-apply}), a link to the OneClick form. */
    static final String SMARTRECRUITERS_ONECLICK_LINK = "a#st-apply[href*='/oneclick-ui/company/']";
    /** Posting pages whose form is one link away, and the ATS whose form the link leads to. */
    private static final List<PostingLink> POSTING_LINKS = List.of(
            new PostingLink(LEVER_POSTING_APPLY, AtsType.LEVER), new PostingLink(ASHBY_APPLICATION_TAB, AtsType.ASHBY),
            new PostingLink(WORKABLE_APPLY, AtsType.WORKABLE), new PostingLink(RECRUITEE_APPLY, AtsType.RECRUITEE),
            new PostingLink(SMARTRECRUITERS_ONECLICK_LINK, AtsType.SMARTRECRUITERS));

    private record PostingLink(String css, AtsType atsType) {
    }

    private final JobLinkParser parser;
    /** Any known form. */
    private final String formsOnly;
    /** A page that embeds or links to a known ATS's form. */
    private final String leadsToKnownForm;
    /** Any known form, or a page that leads to one. */
    private final String anyFingerprint;

    public AtsDetector(JobLinkParser parser) {
        this.parser = parser;
        this.formsOnly = Arrays.stream(FormFingerprint.values()).map(FormFingerprint::css)
                .collect(Collectors.joining(", "));
        this.leadsToKnownForm = GREENHOUSE_EMBED
                + POSTING_LINKS.stream().map(link -> ", " + link.css()).collect(Collectors.joining());
        this.anyFingerprint = formsOnly + ", " + leadsToKnownForm;
    }

    /** The ATS named by the URL alone; UNKNOWN when the URL does not say or is no web link (about:blank). */
    public AtsType fromUrl(String url) {
        return parser.isWebLink(url) ? parser.parse(url).atsType() : AtsType.UNKNOWN;
    }

    /**
     * Which form the page (already navigated to the job) shows. Waits up to {@code wait} for any known
     * form to appear; a page that shows none is answered with the URL's ATS and no form. May navigate
     * the page to an embedded Greenhouse form.
     */
    public Detection detect(Page page, Duration wait) {
        AtsType byUrl = fromUrl(page.url());
        if (!appears(page.locator(anyFingerprint).first(), wait)) {
            return new Detection(byUrl, null);
        }
        // WHY: a page that embeds or links to a known ATS's form is that ATS's, even if it has a form of its own.
        Optional<FormFingerprint> form = formOnPage(page)
                .filter(f -> f != FormFingerprint.GENERIC || page.locator(leadsToKnownForm).count() == 0);
        if (form.isEmpty() && page.locator(GREENHOUSE_EMBED).count() > 0 && followGreenhouseEmbed(page, wait)) {
            return new Detection(AtsType.GREENHOUSE, appears(page.locator(anyFingerprint).first(), wait)
                    ? formOnPage(page).orElse(null) : null);
        }
        Optional<PostingLink> link = form.isPresent() ? Optional.empty()
                : POSTING_LINKS.stream().filter(l -> page.locator(l.css()).count() > 0).findFirst();
        if (link.isPresent()) {
            String href = page.locator(link.get().css()).first().getAttribute("href").trim();
            String target = URI.create(page.url()).resolve(href).toString();
            if (!target.equals(page.url())) { // already there: the form is still rendering
                page.navigate(target);
            }
            return new Detection(link.get().atsType(), appears(page.locator(formsOnly).first(), wait)
                    ? formOnPage(page).orElse(null) : null);
        }
        return form.map(f -> new Detection(f == FormFingerprint.GENERIC ? byUrl : f.atsType(), f))
                .orElse(new Detection(byUrl, null));
    }

    private static Optional<FormFingerprint> formOnPage(Page page) {
        return Arrays.stream(FormFingerprint.values()).filter(f -> page.locator(f.css()).count() > 0).findFirst();
    }

    /** Navigates into the embed's iframe (the embed script may add it a moment after load). */
    private static boolean followGreenhouseEmbed(Page page, Duration wait) {
        Locator iframe = page.locator(GREENHOUSE_IFRAME).first();
        if (!appears(iframe, wait)) {
            return false;
        }
        String src = iframe.getAttribute("src");
        if (src == null || src.isBlank()) {
            return false;
        }
        page.navigate(URI.create(page.url()).resolve(src.trim()).toString());
        return true;
    }

    private static boolean appears(Locator locator, Duration wait) {
        try {
            locator.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED)
                    .setTimeout(wait.toMillis()));
            return true;
        } catch (TimeoutError e) {
            return false;
        }
    }
}
