package io.applydesk.app.ui.inbox;

import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.followup.FollowUpService;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one-click retry offered once answers complete applications ("Retry 3 applications"), shared by
 * the inbox and the answer bank. Must be used on the UI thread.
 */
public final class RetryOffer {
    private final FollowUpService followUp;
    private final TaskExecutor executor;
    private List<String> applicationIds = List.of();

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

    public RetryOffer(FollowUpService followUp, TaskExecutor executor) {
        this.followUp = followUp;
        this.executor = executor;
    }

    /** Whether there is something to retry. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** The button's text, e.g. "Retry 3 applications". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The applications the next {@link #retry} queues again. */
    public List<String> applicationIds() {
        return applicationIds;
    }

    /** Offers to retry these applications (none: the offer is withdrawn). */
    public void offer(List<String> ids) {
        applicationIds = List.copyOf(ids);
        available.set(!applicationIds.isEmpty());
        label.set(applicationIds.size() == 1 ? "Retry 1 application" : "Retry " + applicationIds.size() + " applications");
    }

    /**
     * Queues the offered applications again (a new run of each one's session) and withdraws the offer.
     *
     * @param done gets the sentence to show: what was started, or why nothing was
     */
    public void retry(Consumer<String> done) {
        List<String> ids = applicationIds;
        if (ids.isEmpty()) {
            return;
        }
        offer(List.of());
        BackgroundTask.of(() -> followUp.retry(ids))
                .onSuccess(runs -> done.accept(ids.size() == 1 ? "Applying again to 1 application."
                        : "Applying again to " + ids.size() + " applications."))
                .onFailure(error -> {
                    offer(ids);
                    done.accept(ErrorText.of(error));
                })
                .executeWith(executor);
    }
}
