package io.applydesk.automation.ats.generic;

import io.applydesk.automation.ats.SubmitResult;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides what an unknown site's answer to a submit means, by a small, deliberately strict rule set
 * (docs/ATS-SUPPORT.md, "Other application forms"). In this order:
 * <ol>
 *   <li>HTTP 5xx: unrecognised (the site may have stored the application before failing).</li>
 *   <li>Confirmed only when the application form is gone and a heading, the title or an alert says the
 *       application was received ({@link #CONFIRMATION}: "Thank you for applying", "Application received",
 *       "We've received your application", "successfully submitted" …), or the URL is a confirmation page
 *       ({@code /thank-you}, {@code /thanks}, {@code /confirmation}, {@code /success}) whose text says so.</li>
 *   <li>A captcha widget or challenge: blocked.</li>
 *   <li>"You have already applied": already applied.</li>
 *   <li>The form again with fields marked {@code aria-invalid}, an error box, or an HTTP 4xx: rejected with
 *       the page's messages.</li>
 *   <li>Anything else (a bare "OK", the empty form again, an unrelated page): unrecognised, never confirmed.</li>
 * </ol>
 */
final class SubmitVerdicts {
    static final Pattern CONFIRMATION = Pattern.compile(
            "\\bthank(s| you)\\W+(so much\\W+)?for (your )?(applying|application|submitting)"
                    + "|\\b(your )?application (has been |was |is )?(successfully )?(received|submitted|sent|complete)\\b"
                    + "|\\bwe('ve| have)? (received|got) your (application|cv|resume)"
                    + "|\\bsuccessfully (applied|submitted)\\b");
    static final Pattern ALREADY_APPLIED = Pattern.compile(
            "\\balready (applied|submitted an application|received (an|your) application)"
                    + "|\\bapplication (for this (job|position|role) )?already exists\\b");
    private static final Pattern CONFIRMATION_PATH = Pattern.compile(
            "/(thank-?you|thanks|confirmation|confirmed|success|submitted)(/|\\.html?)?$");
    private static final int QUOTE_LENGTH = 80;

    private SubmitVerdicts() {
    }

    static SubmitResult classify(PageAfterSubmit page) {
        if (page.status() >= 500) {
            return new SubmitResult.Unrecognised("the site answered with a server error, HTTP " + page.status());
        }
        List<String> prominent = Stream.of(page.headings(), List.of(page.title()), page.alerts())
                .flatMap(List::stream).toList();
        boolean saysReceived = prominent.stream().anyMatch(t -> matches(CONFIRMATION, t))
                || (isConfirmationPath(page.url()) && matches(CONFIRMATION, page.bodyText()));
        if (!page.formShown() && saysReceived) {
            return new SubmitResult.Confirmed(page.url());
        }
        if (page.captchaShown()) {
            return new SubmitResult.Blocked("The employer's site asked to prove that a person is applying (a captcha).");
        }
        Optional<String> duplicate = Stream.concat(prominent.stream(), Stream.of(page.bodyText()))
                .filter(t -> matches(ALREADY_APPLIED, t)).findFirst();
        if (duplicate.isPresent()) {
            return new SubmitResult.AlreadyApplied(sentenceAround(ALREADY_APPLIED, duplicate.get()));
        }
        if (page.formShown() && (!page.invalidMessages().isEmpty() || !page.alerts().isEmpty()
                || page.status() >= 400)) {
            Set<String> messages = new LinkedHashSet<>(page.alerts());
            messages.addAll(page.invalidMessages());
            List<String> list = new ArrayList<>(messages);
            return new SubmitResult.Rejected(list.isEmpty()
                    ? List.of("The site refused the form (HTTP " + page.status() + ") without saying why.") : list);
        }
        return new SubmitResult.Unrecognised(describe(page));
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }

    /**
     * The sentence of {@code text} in which {@code pattern} matches (the page's own words, for the
     * candidate); lines of the page's text count as sentence breaks.
     */
    private static String sentenceAround(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!m.find()) {
            return quote(text);
        }
        int start = m.start();
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = m.end();
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return quote(text.substring(start, Math.min(text.length(), end + 1)));
    }

    private static boolean isConfirmationPath(String url) {
        String path = URI.create(url).getPath();
        return path != null && CONFIRMATION_PATH.matcher(path.toLowerCase(Locale.ROOT)).find();
    }

    /** "the application form again", "a page headed "Careers"", "a page saying "OK"". */
    private static String describe(PageAfterSubmit page) {
        if (page.formShown()) {
            return "it showed the application form again";
        }
        if (!page.headings().isEmpty()) {
            return "it showed a page headed \"" + quote(page.headings().get(0)) + "\"";
        }
        if (page.title() != null && !page.title().isBlank()) {
            return "it showed a page titled \"" + quote(page.title()) + "\"";
        }
        return page.bodyText() == null || page.bodyText().isBlank() ? "it showed an empty page"
                : "it showed a page saying \"" + quote(page.bodyText()) + "\"";
    }

    private static String quote(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= QUOTE_LENGTH ? t : t.substring(0, QUOTE_LENGTH - 1).strip() + "…";
    }
}
