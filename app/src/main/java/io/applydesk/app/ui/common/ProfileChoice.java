package io.applydesk.app.ui.common;

import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The profiles a page can apply with and the one chosen, for the ViewModels of pages that create sessions. Must
 * be used on the UI thread; the profiles are read through the {@link TaskExecutor}.
 */
public final class ProfileChoice {
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> chosen = new SimpleObjectProperty<>();

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    /** The chosen profile, or null when there is none. */
    public ObjectProperty<Profile> chosenProperty() {
        return chosen;
    }

    /**
     * Reads the profiles again, keeping the chosen one (by id), else choosing the first (the demo candidate in
     * practice mode).
     *
     * @param onError gets the sentence saying why the profiles could not be read
     */
    public void load(ProfileService service, TaskExecutor executor, Consumer<String> onError) {
        BackgroundTask.of(service::list)
                .onSuccess(list -> {
                    String keep = chosen.get() == null ? null : chosen.get().profileId();
                    // Replaced, the list made a combo box drop its choice (null, then back): Run once re-checked
                    // its list twice and disabled Start meanwhile, on every visit.
                    ObservableLists.replaceChanged(profiles, list);
                    chosen.set(profiles.stream().filter(p -> p.profileId().equals(keep)).findFirst()
                            .orElse(profiles.isEmpty() ? null : profiles.get(0)));
                })
                .onFailure(error -> onError.accept(ErrorText.of(error)))
                .executeWith(executor);
    }
}
