package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exporting a profile writes its default resume beside the file, under the name the file's {@code resumePath}
 * says, in both formats: never over a different file of that name, and never half of an export.
 */
class ProfileExportTest {
    private static final byte[] PDF = "%PDF-1.4\nAlex Moreno resume\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OTHER = "%PDF-1.4\nSomeone else's resume\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** The two export formats, and where each keeps {@code resumePath}. */
    enum Format {
        JSON("/resumePath") {
            @Override
            ProfileExport export(ProfileService service, String profileId, Path file) {
                return service.exportProfile(profileId, file);
            }
        },
        JSON_RESUME("/x-applydesk/resumePath") {
            @Override
            ProfileExport export(ProfileService service, String profileId, Path file) {
                return service.exportJsonResume(profileId, file);
            }
        };

        final String resumePath;

        Format(String resumePath) {
            this.resumePath = resumePath;
        }

        abstract ProfileExport export(ProfileService service, String profileId, Path file);
    }

    @TempDir
    Path tempDir;
    @TempDir
    Path files;

    private Database db;
    private ProfileService service;
    private Profile alex;
    private Path usb;
    private Path exported;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());
        Path example = TestProfiles.example(files.resolve("in/profile.json"));
        TestProfiles.writeBytes(files.resolve("in/alex-moreno-resume.pdf"), PDF);
        alex = service.importProfile(example).profile();
        usb = files.resolve("usb");
        exported = usb.resolve("alex.json");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theResumeIsWrittenBesideTheFileUnderTheNameItsResumePathSays(Format format) throws Exception {
        ProfileExport result = format.export(service, alex.profileId(), exported);

        assertEquals("alex-moreno-resume.pdf", resumePathIn(format));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume.pdf")));
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf"), namesIn(usb));
        assertEquals(new ProfileExport(exported.toAbsolutePath(), usb.resolve("alex-moreno-resume.pdf").toAbsolutePath(),
                false), result);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void theSameResumeAlreadyBesideTheFileIsLeftAsItIs(Format format) throws Exception {
        Path there = TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), PDF);
        Files.setLastModifiedTime(there, LONG_AGO);

        ProfileExport result = format.export(service, alex.profileId(), exported);

        assertEquals("alex-moreno-resume.pdf", resumePathIn(format));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(there), "not written again");
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf"), namesIn(usb));
        assertEquals(there.toAbsolutePath(), result.resume());
        assertFalse(result.resumeRenamed());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDifferentFileOfTheResumesNameIsKeptAndTheResumeIsWrittenUnderAFreeName(Format format,
            @TempDir Path elsewhere) throws Exception {
        Path theirs = TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), OTHER);

        ProfileExport result = format.export(service, alex.profileId(), exported);

        assertArrayEquals(OTHER, Files.readAllBytes(theirs), "the candidate's file is never overwritten");
        assertEquals("alex-moreno-resume (2).pdf", resumePathIn(format));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume (2).pdf")));
        assertEquals(usb.resolve("alex-moreno-resume (2).pdf").toAbsolutePath(), result.resume());
        assertEquals(true, result.resumeRenamed());
        ImportResult back = TestProfiles.importElsewhere(elsewhere, exported);
        assertEquals(List.of(), back.warnings());
        assertArrayEquals(PDF, Files.readAllBytes(back.profile().defaultResume().storedPath()));

        format.export(service, alex.profileId(), exported);

        assertEquals("alex-moreno-resume (2).pdf", resumePathIn(format), "its own copy found again");
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf", "alex-moreno-resume (2).pdf"), namesIn(usb));
    }

    @Test
    void theNextFreeNameIsTakenWhenTheFirstFewAreOtherFiles() throws Exception {
        TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), OTHER);
        TestProfiles.writeBytes(usb.resolve("alex-moreno-resume (2).pdf"), OTHER);
        Files.createDirectories(usb.resolve("alex-moreno-resume (3).pdf"));

        service.exportProfile(alex.profileId(), exported);

        assertEquals("alex-moreno-resume (4).pdf", resumePathIn(Format.JSON));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume (4).pdf")));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aProfileWithoutResumeIsExportedAlone(Format format) throws Exception {
        Profile dana = service.create(TestProfiles.draft("dana@example.com"));

        ProfileExport result = format.export(service, dana.profileId(), exported);

        assertEquals(Set.of("alex.json"), namesIn(usb));
        assertFalse(Json.mapper().readTree(exported.toFile()).at(format.resumePath).isTextual(), "no resumePath");
        assertEquals(new ProfileExport(exported.toAbsolutePath(), null, false), result);
    }

    @Test
    void aFolderThatIsAFileFailsWithASentenceAndWritesNothing() throws Exception {
        Files.writeString(usb.getParent().resolve("usb"), "not a folder");

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportProfile(alex.profileId(), exported));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile could not be saved to " + exported.toAbsolutePath() + ", so nothing was exported. "
                + "Check that the folder exists and that you may write to it.", e.getMessage());
        assertEquals("not a folder", Files.readString(usb));
        assertEquals(Set.of("in", "usb"), namesIn(files), "no temporary file");
    }

    @Test
    void whenTheProfileCannotBeWrittenTheResumeJustCopiedIsRemovedAgain() throws Exception {
        Files.createDirectories(exported); // a folder where the file should go, with something in it
        Files.writeString(exported.resolve("keep.txt"), "mine");

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportJsonResume(alex.profileId(), exported));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile could not be saved to " + exported.toAbsolutePath() + ", so nothing was exported. "
                + "Check that the folder exists and that you may write to it.", e.getMessage());
        assertEquals(Set.of("alex.json"), namesIn(usb), "no resume without its profile, no temporary file");
        assertEquals("mine", Files.readString(exported.resolve("keep.txt")));
    }

    @Test
    void aStoredResumeThatIsMissingFailsBeforeAnythingIsWritten() throws Exception {
        Files.delete(alex.defaultResume().storedPath());

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportProfile(alex.profileId(), exported));

        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code());
        assertEquals("The resume alex-moreno-resume.pdf is missing from ApplyDesk's data folder, so nothing was "
                + "exported. Add the resume to the profile again, then export.", e.getMessage());
        assertFalse(Files.exists(exported));
        assertEquals(Set.of(), namesIn(usb), "no temporary file");
    }

    private String resumePathIn(Format format) throws IOException {
        JsonNode path = Json.mapper().readTree(exported.toFile()).at(format.resumePath);
        return path.isTextual() ? path.asText() : null;
    }

    private static Set<String> namesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
