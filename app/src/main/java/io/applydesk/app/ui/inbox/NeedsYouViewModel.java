package io.applydesk.app.ui.inbox;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.LinkOpener;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.FollowUpService;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Needs you" inbox: every application of any profile that waits on the candidate, newest first, and
 * what they do about each — answer its questions (saved in the answer bank, then one retry for every
 * application the answers complete), finish a site's check in a browser, approve or discard a reviewed
 * form, say whether an unconfirmed one was sent. Reloads when the {@link NeedsYouBadge} sees runs change.
 * Must be used on the UI thread; service calls go through the {@link TaskExecutor}.
 */
public final class NeedsYouViewModel {
    private final FollowUpService followUp;
    private final NeedsYouBadge badge;
    private final TaskExecutor executor;
    private final LinkOpener browser;
    private final DialogService dialogs;
    private final boolean handOff;
    private final RetryOffer retryOffer;
    private final ChangeListener<Number> reloadOnChange = (obs, old, now) -> refresh();
    /** Applications the candidate said were not sent: offered for a retry with the ready ones. */
    private final Set<String> markedNotSent = new LinkedHashSet<>();

    private final ObservableList<InboxItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<InboxItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<AnswerField> answerFields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);

    /**
     * @param handOff whether the app's browser is visible, so a retry hands a site's check or e-mailed code to
     *                the candidate in ApplyDesk's own window; otherwise the job opens in the system browser
     */
    public NeedsYouViewModel(FollowUpService followUp, NeedsYouBadge badge, TaskExecutor executor,
                             LinkOpener browser, DialogService dialogs, boolean handOff) {
        this.followUp = followUp;
        this.badge = badge;
        this.executor = executor;
        this.browser = browser;
        this.dialogs = dialogs;
        this.handOff = handOff;
        this.retryOffer = new RetryOffer(followUp, executor);
        selected.addListener((obs, old, now) -> answerFields.setAll(now == null || now.kind() != InboxItem.Kind.QUESTIONS
                ? List.of() : now.unanswered().stream().map(AnswerField::new).toList()));
    }

    // ---- Properties ----

    /** The waiting applications, most recently changed first. */
    public ObservableList<InboxItem> items() {
        return items;
    }

    /** The application in the detail pane; bound to the list's selection. */
    public ObjectProperty<InboxItem> selectedProperty() {
        return selected;
    }

    /** The selected application's unanswered questions, each with the answer being typed. */
    public ObservableList<AnswerField> answerFields() {
        return answerFields;
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Nothing waits on the candidate. */
    public BooleanProperty emptyProperty() {
        return empty;
    }

    /** "Retry 3 applications": every application the saved answers complete, plus those marked not sent. */
    public RetryOffer retryOffer() {
        return retryOffer;
    }

    /** The label of the browser action, by whether ApplyDesk's own window can take the candidate's step. */
    public String browserActionText() {
        return handOff ? "Open in browser" : "Open in my browser";
    }

    /** What the browser action does, in a sentence. */
    public String browserActionHint() {
        return handOff ? "ApplyDesk fills the form in again in a window you can see and hands it to you at the"
                + " site's step."
                : "The job opens in your own browser, where you can apply yourself. Once you have sent it there,"
                + " tell ApplyDesk so it stops waiting.";
    }

    // ---- Lifecycle ----

    /** The page is shown: reload now and whenever runs change. */
    public void activate() {
        badge.changesProperty().addListener(reloadOnChange);
        refresh();
    }

    /** The page is hidden: stop reloading. */
    public void deactivate() {
        badge.changesProperty().removeListener(reloadOnChange);
    }

    /** Reads the inbox again, keeping the selected application when it still waits. */
    public void refresh() {
        BackgroundTask.of(() -> followUp.inbox().stream().map(InboxItem::of).toList())
                .onSuccess(this::show)
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    // ---- Commands ----

    /** Saves the typed answers in the profile's answer bank; the applications they complete are offered a retry. */
    public void saveAnswers() {
        InboxItem item = selected.get();
        List<AnswerField> typed = answerFields.stream().filter(f -> !f.answer().get().isBlank()).toList();
        if (item == null || typed.isEmpty()) {
            message.set("Write an answer first.");
            return;
        }
        run(() -> {
            for (AnswerField field : typed) {
                followUp.answer(item.profileId(), field.question(), field.answer().get());
            }
            return typed.size() == 1 ? "Saved your answer in the answer bank."
                    : "Saved your " + typed.size() + " answers in the answer bank.";
        });
    }

    /** Sends every application the retry offer holds again. */
    public void retry() {
        markedNotSent.removeAll(retryOffer.applicationIds());
        retryOffer.retry(done -> {
            message.set(done);
            badge.recount();
        });
    }

    /**
     * The site wants a check or an e-mailed code: with a visible browser ApplyDesk applies again and hands the
     * step to the candidate in its window; otherwise the job opens in the system browser to apply there.
     */
    public void openInBrowser() {
        InboxItem item = selected.get();
        if (item == null) {
            return;
        }
        if (handOff) {
            run(() -> {
                followUp.retry(List.of(item.applicationId()));
                return "ApplyDesk is filling in the form again in a browser window. When the job site asks for its"
                        + " check or code, finish it in that window and submit; ApplyDesk waits up to 10 minutes.";
            });
        } else {
            run(() -> {
                try {
                    browser.open(URI.create(item.jobUrl()));
                } catch (Exception e) {
                    throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Your browser could not be opened."
                            + " Copy this link into it yourself: " + item.jobUrl(), "jobUrl", e);
                }
                return "The job opened in your browser: apply there yourself. This application stays here until"
                        + " you retry it.";
            });
        }
    }

    /** The candidate finished the site's step in their own browser and sent the application there. */
    public void markFinishedYourself() {
        withSelected(id -> {
            followUp.markFinishedYourself(id);
            return "Marked as sent.";
        });
    }

    /** Whether ApplyDesk's own visible window takes the site's step (else the candidate applies in their browser). */
    public boolean handsOff() {
        return handOff;
    }

    /** Sends the reviewed form: it is applied again, in submit mode. */
    public void approve() {
        withSelected(id -> {
            followUp.approve(id);
            return "Approved: ApplyDesk is sending it now.";
        });
    }

    /** Drops the reviewed form, once the candidate confirms: it is not sent (CANCELLED), and that cannot be undone. */
    public void discard() {
        InboxItem item = selected.get();
        if (item == null || !dialogs.confirm("Discard this application?", "The form for " + item.heading()
                + " was filled in but not sent. Discarded, it will never be sent, and ApplyDesk will not apply to "
                + "this job again, as if you had applied to it.", "Discard", "Keep it")) {
            return;
        }
        withSelected(id -> {
            followUp.discard(id);
            return "Discarded: this application will not be sent.";
        });
    }

    /** The candidate knows it arrived (the employer's e-mail, say). */
    public void markSent() {
        withSelected(id -> {
            followUp.markSent(id);
            return "Marked as sent.";
        });
    }

    /** The candidate knows it did not arrive: it becomes a failed application they can retry. */
    public void markNotSent() {
        InboxItem item = selected.get();
        if (item == null) {
            return;
        }
        run(() -> {
            followUp.markNotSent(item.applicationId());
            markedNotSent.add(item.applicationId());
            return "Marked as not sent. Retry it to apply again.";
        });
    }

    private void withSelected(ThrowingAction action) {
        InboxItem item = selected.get();
        if (item != null) {
            run(() -> action.apply(item.applicationId()));
        }
    }

    /** Runs a service call in the background, shows its sentence, then counts again (which reloads the list). */
    private void run(Callable<String> work) {
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(done -> {
                    message.set(done);
                    badge.recount();
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private void show(List<InboxItem> loaded) {
        String keep = selected.get() == null ? null : selected.get().applicationId();
        items.setAll(loaded);
        empty.set(loaded.isEmpty());
        selected.set(loaded.stream().filter(i -> i.applicationId().equals(keep)).findFirst()
                .orElse(loaded.isEmpty() ? null : loaded.get(0)));
        List<String> ready = new ArrayList<>(loaded.stream()
                .filter(i -> i.kind() == InboxItem.Kind.QUESTIONS && i.unanswered().isEmpty())
                .map(InboxItem::applicationId).toList());
        ready.addAll(markedNotSent);
        retryOffer.offer(ready);
    }

    @FunctionalInterface
    private interface ThrowingAction {
        String apply(String applicationId) throws Exception;
    }
}
