package io.applydesk.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppOptions;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder chosen for the next start, kept in a temporary configuration folder. */
class DataFolderChoiceTest {
    @TempDir
    Path temp;

    private DataFolderChoice choice(Map<String, String> env) {
        return DataFolderChoice.forSystem("Linux", env, temp.resolve("home"));
    }

    @Test
    void aChosenFolderIsUsedAtTheNextStartUnlessApplydeskHomeOrTheCallerNameOne() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString());
        DataFolderChoice choice = choice(env);
        assertEquals(temp.resolve("config/applydesk/data-folder.txt"), choice.pointer());
        assertEquals(Optional.empty(), choice.chosen());
        assertEquals(null, choice.applyTo(AppOptions.defaults()).dataDirOverride());

        Path chosen = temp.resolve("ApplyDesk data");
        choice.choose(" " + chosen + " ");
        assertEquals(Optional.of(chosen), choice.chosen());
        assertEquals(chosen, choice.applyTo(AppOptions.defaults()).dataDirOverride());
        Path explicit = temp.resolve("explicit");
        assertEquals(explicit, choice.applyTo(AppOptions.defaults().withDataDir(explicit)).dataDirOverride());

        Map<String, String> withHome = Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString(),
                "APPLYDESK_HOME", temp.resolve("home-var").toString());
        assertTrue(choice(withHome).overriddenByEnvironment());
        assertEquals(null, choice(withHome).applyTo(AppOptions.defaults()).dataDirOverride(),
                "APPLYDESK_HOME wins; the data directory resolves it later");

        choice.choose("");
        assertEquals(Optional.empty(), choice.chosen());
        assertTrue(Files.notExists(choice.pointer()));
    }

    @Test
    void aRelativePathOrAFileIsRefusedInPlainWords() throws Exception {
        DataFolderChoice choice = choice(Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString()));
        ApplyDeskException relative = assertThrows(ApplyDeskException.class, () -> choice.choose("data"));
        assertEquals(ErrorCode.VALIDATION_ERROR, relative.code());
        assertTrue(relative.getMessage().startsWith("Give the whole path of the folder"), relative.getMessage());
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        ApplyDeskException notFolder = assertThrows(ApplyDeskException.class, () -> choice.choose(file.toString()));
        assertEquals(file + " is a file, not a folder.", notFolder.getMessage());
        assertEquals(Optional.empty(), choice.chosen());
    }
}
