package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.applydesk.core.profile.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile choice of the pages that create sessions, on real profiles in H2, no toolkit. */
class ProfileChoiceTest {
    @TempDir
    Path dataDir;

    private UiTestKit kit;
    private final ProfileChoice choice = new ProfileChoice();
    private final List<String> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        kit = new UiTestKit(dataDir, 1);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void readingTheSameProfilesAgainLeavesTheListAndTheChoiceAlone() {
        kit.completeProfile("dana@example.com");
        kit.completeProfile("lee@example.com");
        choice.load(kit.profiles, new InlineTaskExecutor(), errors::add);
        assertEquals(2, choice.profiles().size());
        assertSame(choice.profiles().get(0), choice.chosenProperty().get(), "the first is chosen");
        Profile chosen = choice.chosenProperty().get();
        List<String> changes = new ArrayList<>();
        // A combo box showing the list drops its choice when the list is replaced: nothing may replace it.
        choice.profiles().addListener((ListChangeListener<Profile>) c -> changes.add("list"));
        choice.chosenProperty().addListener((obs, old, now) -> changes.add("choice"));

        choice.load(kit.profiles, new InlineTaskExecutor(), errors::add);

        assertEquals(List.of(), changes);
        assertSame(chosen, choice.chosenProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aNewProfileIsListedAndTheChosenOneStaysChosen() {
        kit.completeProfile("dana@example.com");
        kit.completeProfile("lee@example.com");
        choice.load(kit.profiles, new InlineTaskExecutor(), errors::add);
        Profile second = choice.profiles().get(1);
        choice.chosenProperty().set(second);

        kit.completeProfile("sam@example.com");
        choice.load(kit.profiles, new InlineTaskExecutor(), errors::add);

        assertEquals(3, choice.profiles().size());
        assertEquals(second.profileId(), choice.chosenProperty().get().profileId());
    }
}
