package io.applydesk.automation.engine;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Watches the requests a submit click sends, whatever the ATS: a form POST that navigates the page, or an
 * XHR/fetch the page script makes. Tells the engine afterwards whether one was never answered (the site
 * too slow) or answered with a server error, which the page itself may not show, and whether the candidate
 * submitted during a hand-off. Used on the worker thread
 * that drives the page (Playwright delivers the events there); {@link #close} stops watching.
 */
final class SubmitWatch implements AutoCloseable {
    private final Page page;
    private final Set<Request> unanswered = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Consumer<Request> onRequest = this::sent;
    private final Consumer<Response> onResponse = this::answered;
    private final Consumer<Request> onRequestFailed = unanswered::remove;
    private int serverErrorStatus;
    private int sent;

    private SubmitWatch(Page page) {
        this.page = page;
        page.onRequest(onRequest);
        page.onResponse(onResponse);
        page.onRequestFailed(onRequestFailed);
    }

    /** Starts watching; call just before the submit click. */
    static SubmitWatch start(Page page) {
        return new SubmitWatch(page);
    }

    /** The first 5xx status a submit request was answered with, if any. */
    OptionalInt serverError() {
        return serverErrorStatus == 0 ? OptionalInt.empty() : OptionalInt.of(serverErrorStatus);
    }

    /** How many submit requests the page has sent so far (the candidate's own, during a hand-off, count too). */
    int sentCount() {
        return sent;
    }

    /** Whether a submit request is still waiting for the site's answer. */
    boolean awaitingAnswer() {
        return !unanswered.isEmpty();
    }

    private void sent(Request request) {
        if (isSubmit(request)) {
            sent++;
            unanswered.add(request);
        }
    }

    private void answered(Response response) {
        if (unanswered.remove(response.request()) && response.status() >= 500 && serverErrorStatus == 0) {
            serverErrorStatus = response.status();
        }
    }

    /** Anything that sends data to the site (GET page loads and assets after a redirect are not the submit). */
    private static boolean isSubmit(Request request) {
        String type = request.resourceType();
        return !"GET".equals(request.method())
                && ("document".equals(type) || "xhr".equals(type) || "fetch".equals(type));
    }

    @Override
    public void close() {
        page.offRequest(onRequest);
        page.offResponse(onResponse);
        page.offRequestFailed(onRequestFailed);
    }
}
