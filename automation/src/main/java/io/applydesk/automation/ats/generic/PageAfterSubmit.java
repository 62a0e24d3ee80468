package io.applydesk.automation.ats.generic;

import java.util.List;

/**
 * What a page showed once the submit click's navigation had loaded, read in one round trip.
 *
 * @param status          the HTTP status of the page's document
 * @param headings        visible {@code h1}–{@code h3} and {@code role=heading} texts, in page order
 * @param alerts          visible alert, live-region and error-box texts
 * @param invalidMessages what the page says about each field marked {@code aria-invalid="true"}
 * @param bodyText        the page's visible text, shortened, one line per block
 * @param formShown       true when an application form (one with an email field) is still on the page
 * @param captchaShown    true when a captcha widget or challenge frame is on the page
 */
record PageAfterSubmit(int status, String url, String title, List<String> headings, List<String> alerts,
                       List<String> invalidMessages, String bodyText, boolean formShown, boolean captchaShown) {

    PageAfterSubmit {
        headings = List.copyOf(headings);
        alerts = List.copyOf(alerts);
        invalidMessages = List.copyOf(invalidMessages);
    }
}
