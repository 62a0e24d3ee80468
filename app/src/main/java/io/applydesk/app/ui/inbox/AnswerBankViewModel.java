package io.applydesk.app.ui.inbox;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.ProfileChoice;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.application.Application;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The answer bank of one profile (chosen with a {@link ProfileChoice}): the questions forms asked that
 * nobody answered yet, each with an empty field, and the saved answers to edit or delete; a question a form asked
 * as a choice offers its options. Saving an answer that applications wait on offers their retry in one click. Must
 * be used on the UI thread.
 */
public final class AnswerBankViewModel {
    private final ProfileService profiles;
    private final FollowUpService followUp;
    private final NeedsYouBadge badge;
    private final TaskExecutor executor;
    private final ProfileChoice profileChoice = new ProfileChoice();
    private final RetryOffer retryOffer;

    private final ObservableList<BankRow> unanswered = FXCollections.observableArrayList();
    private final ObservableList<BankRow> saved = FXCollections.observableArrayList();
    private final BankPage unansweredPage = new BankPage();
    private final BankPage savedPage = new BankPage();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AnswerBankViewModel(ProfileService profiles, FollowUpService followUp, NeedsYouBadge badge,
                               TaskExecutor executor) {
        this.profiles = profiles;
        this.followUp = followUp;
        this.badge = badge;
        this.executor = executor;
        this.retryOffer = new RetryOffer(followUp, executor);
        profileChoice.chosenProperty().addListener((obs, old, now) -> {
            retryOffer.offer(List.of());
            reload();
        });
        unanswered.addListener((ListChangeListener<BankRow>) change -> unansweredPage.setAll(unanswered));
        saved.addListener((ListChangeListener<BankRow>) change -> savedPage.setAll(saved));
    }

    // ---- Properties ----

    public ProfileChoice profileChoice() {
        return profileChoice;
    }

    /** Questions forms asked that the chosen profile has no answer to, in the order met. */
    public ObservableList<BankRow> unanswered() {
        return unanswered;
    }

    /** The chosen profile's saved answers, in the order first met. */
    public ObservableList<BankRow> saved() {
        return saved;
    }

    /** The unanswered questions as shown: those matching the search, a page at a time. */
    BankPage unansweredPage() {
        return unansweredPage;
    }

    /** The saved answers as shown: those matching the search, a page at a time. */
    BankPage savedPage() {
        return savedPage;
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Retry 3 applications" once a saved answer completes applications that waited on it. */
    public RetryOffer retryOffer() {
        return retryOffer;
    }

    // ---- Commands ----

    /** Reads the profiles (keeping the chosen one) and the chosen profile's answer bank. */
    public void load() {
        profileChoice.load(profiles, executor, message::set);
        reload();
    }

    /** Shows only the questions and answers that contain {@code text} (any case), from the first page of each. */
    public void search(String text) {
        unansweredPage.search(text);
        savedPage.search(text);
    }

    /** Saves the row's answer (a new one or an edit); applications it completes are offered a retry. */
    public void save(BankRow row) {
        Profile profile = profileChoice.chosenProperty().get();
        if (profile == null) {
            return;
        }
        String answer = row.answer().get();
        BackgroundTask.of(() -> followUp.answer(profile.profileId(), row.field().question(), answer))
                .onSuccess(ready -> {
                    retryOffer.offer(ready.stream().map(Application::applicationId).toList());
                    message.set("Saved your answer to \u201c" + row.question() + "\u201d."
                            + (ready.isEmpty() ? "" : " " + waiting(ready.size()) + " can be sent now."));
                    badge.recount();
                    reload();
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    /** Forgets the row's saved answer: forms that ask it again wait for the candidate. */
    public void delete(BankRow row) {
        Profile profile = profileChoice.chosenProperty().get();
        if (profile == null) {
            return;
        }
        BackgroundTask.ofRunnable(() -> profiles.deleteAnswer(profile.profileId(), row.question()))
                .onSuccess(done -> {
                    message.set("Deleted your answer to \u201c" + row.question() + "\u201d.");
                    reload();
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    /** Sends the applications the last saved answer completed. */
    public void retry() {
        retryOffer.retry(done -> {
            message.set(done);
            badge.recount();
        });
    }

    private void reload() {
        Profile profile = profileChoice.chosenProperty().get();
        if (profile == null) {
            unanswered.clear();
            saved.clear();
            return;
        }
        String profileId = profile.profileId();
        BackgroundTask.of(() -> {
                    List<BankRow> rows = profiles.answerBank(profileId).stream().map(BankRow::of).toList();
                    return new Bank(rows.stream().filter(row -> !row.saved()).toList(),
                            rows.stream().filter(BankRow::saved).toList());
                })
                .onSuccess(bank -> {
                    Profile now = profileChoice.chosenProperty().get();
                    if (now != null && now.profileId().equals(profileId)) {
                        unanswered.setAll(keepTyping(unanswered, bank.unanswered()));
                        saved.setAll(keepTyping(saved, bank.saved()));
                    }
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .executeWith(executor);
    }

    /**
     * The rows read again, each keeping what was typed into it and not saved yet (saving one answer must not wipe
     * the others being written), unless its stored answer changed meanwhile.
     */
    private static List<BankRow> keepTyping(List<BankRow> before, List<BankRow> read) {
        Map<String, BankRow> typed = before.stream().filter(BankRow::edited)
                .collect(Collectors.toMap(BankRow::question, row -> row, (a, b) -> a));
        for (BankRow row : read) {
            BankRow old = typed.get(row.question());
            if (old != null && old.stored().equals(row.stored())) {
                row.answer().set(old.answer().get());
            }
        }
        return read;
    }

    private static String waiting(int count) {
        return count == 1 ? "1 application that waited on it" : count + " applications that waited on it";
    }

    private record Bank(List<BankRow> unanswered, List<BankRow> saved) {
    }
}
