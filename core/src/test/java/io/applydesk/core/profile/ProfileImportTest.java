package io.applydesk.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
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

class ProfileImportTest {
    private static final byte[] PDF = "%PDF-1.4\nAlex Moreno resume\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OTHER = "%PDF-1.4\nSomeone else's resume\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    /** The two export formats, and where each keeps {@code resumePath}. */
    enum ExportFormat {
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

        ExportFormat(String resumePath) {
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
    private HttpServer server;
    private Path usb;
    private Path usbFile;

    @BeforeEach
    void open() {
        DataDirectory dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        service = new ProfileService(db, dirs, Clock.systemUTC());
        usb = files.resolve("usb");
        usbFile = usb.resolve("alex.json");
    }

    @AfterEach
    void close() {
        if (server != null) {
            server.stop(0);
        }
        db.close();
    }

    @Test
    void importsTheHostedExampleWithItsResumeAndAnswers() throws Exception {
        Path profileFile = exampleWithResume();

        ImportResult result = service.importProfile(profileFile);

        assertTrue(result.created());
        assertEquals(List.of(), result.warnings());
        Profile stored = service.get(result.profile().profileId());
        assertEquals("alex.moreno@example.com", stored.personalInformation().email());
        assertEquals("Harborline Logistics", stored.workExperience().get(0).company());
        assertEquals("I am not a protected veteran",
                stored.miscellaneous().voluntarySelfIdentification().veteran());
        assertEquals(1, stored.resumes().size());
        assertEquals("alex-moreno-resume.pdf", stored.defaultResume().fileName());
        assertArrayEquals(PDF, Files.readAllBytes(stored.defaultResume().storedPath()));
        assertEquals(2, stored.answers().size());
        assertEquals("8", stored.answers().get(0).answer());
        service.requireComplete(stored);
    }

    @Test
    void importingTheSameFileAgainKeepsOneProfile() throws Exception {
        Path profileFile = exampleWithResume();
        ImportResult first = service.importProfile(profileFile);

        ImportResult second = service.importProfile(profileFile);

        assertFalse(second.created());
        assertEquals(first.profile().profileId(), second.profile().profileId());
        assertEquals(1, service.list().size());
        assertEquals(first.profile().defaultResume().resumeId(), second.profile().defaultResume().resumeId());
        assertEquals(1, second.profile().resumes().size());
        assertEquals(2, second.profile().answers().size());
    }

    @Test
    void reimportWithAChangedResumeReplacesItAndUpsertsAnswers() throws Exception {
        Path profileFile = exampleWithResume();
        Profile first = service.importProfile(profileFile).profile();
        Files.write(profileFile.resolveSibling("alex-moreno-resume.pdf"),
                "%PDF-1.4\nnew version\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        String json = Files.readString(profileFile).replace("\"answer\": \"8\"", "\"answer\": \"9\"");
        Files.writeString(profileFile, json);

        Profile second = service.importProfile(profileFile).profile();

        assertEquals(1, second.resumes().size());
        assertNotEquals(first.defaultResume().sha256(), second.defaultResume().sha256());
        assertFalse(Files.exists(first.defaultResume().storedPath()));
        assertEquals("9", second.answers().get(0).answer());
        assertEquals(2, second.answers().size());
    }

    @Test
    void aProfileFileUpdatingAStoredProfileKeepsWhatItLeavesOut() throws Exception {
        Profile stored = service.importProfile(exampleWithResume()).profile();
        Path sparse = TestProfiles.write(files.resolve("sparse.json"), """
                {"personalInformation": {"firstName": "Alex", "lastName": "Moreno", "email": "Alex.Moreno@example.com",
                  "phoneNumber": "206 555 0111", "zipCode": null},
                 "skills": ["Go"], "certifications": [], "miscellaneous": {"githubUrl": "https://github.com/alexm"}}
                """);

        ImportResult result = service.importProfile(sparse);

        assertFalse(result.created());
        Profile p = service.get(stored.profileId());
        assertEquals("206 555 0111", p.personalInformation().phoneNumber());
        assertEquals("98101", p.personalInformation().zipCode());
        assertEquals("1200 Pine St, Unit 5", p.personalInformation().address());
        assertEquals("Backend roles", p.name());
        assertEquals(List.of("Go"), p.skills());
        assertEquals(stored.workExperience(), p.workExperience());
        assertEquals(stored.education(), p.education());
        assertEquals(stored.certifications(), p.certifications(), "an empty list leaves the stored one");
        assertEquals("https://github.com/alexm", p.miscellaneous().githubUrl());
        assertEquals(stored.miscellaneous().linkedinUrl(), p.miscellaneous().linkedinUrl());
        assertEquals(stored.miscellaneous().workAuthorization(), p.miscellaneous().workAuthorization());
        assertEquals(stored.miscellaneous().voluntarySelfIdentification(),
                p.miscellaneous().voluntarySelfIdentification());
        assertEquals(stored.resumes(), p.resumes());
        assertEquals(2, p.answers().size());
    }

    @Test
    void theCandidateChoosesWhichProfileAnImportUpdatesOrANewOne() throws Exception {
        Path profileFile = exampleWithResume();
        Profile oldest = service.importProfile(profileFile).profile();
        Profile copy = service.duplicate(oldest.profileId(), "Backend roles (copy)");
        assertEquals(List.of(oldest.profileId(), copy.profileId()),
                service.profilesMatching(profileFile).stream().map(Profile::profileId).toList());

        ImportResult intoCopy = service.importProfile(profileFile, copy.profileId());
        ImportResult asNew = service.importProfile(profileFile, null);

        assertFalse(intoCopy.created());
        assertEquals(copy.profileId(), intoCopy.profile().profileId());
        assertEquals("Backend roles", intoCopy.profile().name(), "the file's name for the profile");
        assertTrue(asNew.created());
        assertEquals(3, service.list().size());
        assertEquals(3, service.profilesMatching(profileFile).size());
        assertEquals(List.of(), service.profilesMatching(TestProfiles.write(files.resolve("other.json"),
                "{\"personalInformation\": {\"email\": \"someone@example.com\"}}")));
    }

    @Test
    void theShippedExampleImportsWithoutItsMissingResumeAndSaysSo() throws Exception {
        // The example names alex-moreno-resume.pdf beside it, which is not shipped.
        Path profileFile = Files.copy(ProfileJsonTest.exampleProfile(), files.resolve("profile.json"));
        Path resume = files.resolve("alex-moreno-resume.pdf");

        ImportResult result = service.importProfile(profileFile);

        assertTrue(result.created());
        assertEquals(resume, result.resumeNotFound());
        assertEquals(List.of("The resume file " + resume + " was not found, so the profile has none yet: add one "
                + "before applying."), result.warnings());
        Profile stored = service.get(result.profile().profileId());
        assertEquals("Backend roles", stored.name());
        assertTrue(stored.resumes().isEmpty());
        assertEquals(2, stored.answers().size());
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.requireComplete(stored));
        assertEquals("The profile is missing: a resume. Fill them in before applying.", e.getMessage());
    }

    @Test
    void aMissingResumeUpdatingAProfileKeepsTheResumesItHad() throws Exception {
        Path profileFile = exampleWithResume();
        Profile first = service.importProfile(profileFile).profile();
        Path resume = Files.move(files.resolve("alex-moreno-resume.pdf"), files.resolve("moved.pdf"))
                .resolveSibling("alex-moreno-resume.pdf");

        ImportResult again = service.importProfile(profileFile);

        assertEquals(first.resumes(), again.profile().resumes());
        assertEquals(List.of("The resume file " + resume + " was not found; the profile keeps the resumes it had."),
                again.warnings());
    }

    @Test
    void aResumeThatIsThereButNotADocumentIsStillRefused() throws Exception {
        Path profileFile = Files.copy(ProfileJsonTest.exampleProfile(), files.resolve("profile.json"));
        Files.writeString(files.resolve("alex-moreno-resume.pdf"), "not a pdf");

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.importProfile(profileFile));

        assertEquals(ErrorCode.INVALID_RESUME_FORMAT, e.code());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void resumeIsDownloadedFromAWebLink() throws Exception {
        String base = serve("/files/alex.pdf", 200, PDF);
        Path profileFile = exampleWith("\"resumePath\": \"alex-moreno-resume.pdf\"",
                "\"resumeUrl\": \"" + base + "/files/alex.pdf?sig=1\"");

        Profile stored = service.importProfile(profileFile).profile();

        assertEquals("alex.pdf", stored.defaultResume().fileName());
        assertArrayEquals(PDF, Files.readAllBytes(stored.defaultResume().storedPath()));
    }

    @Test
    void failedDownloadIsResumeDownloadFailed() throws Exception {
        String base = serve("/files/alex.pdf", 404, "not here".getBytes(StandardCharsets.UTF_8));
        String url = base + "/files/alex.pdf";
        Path profileFile = exampleWith("\"resumePath\": \"alex-moreno-resume.pdf\"", "\"resumeUrl\": \"" + url + "\"");

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.importProfile(profileFile));

        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code());
        assertEquals("The resume at " + url + " could not be downloaded (the server answered 404).", e.getMessage());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void unreachableResumeHostIsResumeDownloadFailed() throws Exception {
        String base = serve("/x", 200, PDF);
        server.stop(0);
        server = null;
        Path profileFile = exampleWith("\"resumePath\": \"alex-moreno-resume.pdf\"",
                "\"resumeUrl\": \"" + base + "/cv.pdf\"");

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.importProfile(profileFile));

        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code());
        assertEquals("The resume at " + base + "/cv.pdf could not be downloaded.", e.getMessage());
    }

    @Test
    void incompleteProfileFileIsRefused() throws Exception {
        Path profileFile = exampleWith("\"phoneNumber\": \"2065550198\"", "\"phoneNumber\": \"\"");
        Files.write(files.resolve("alex-moreno-resume.pdf"), PDF);

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> service.importProfile(profileFile));

        assertEquals(ErrorCode.PROFILE_INCOMPLETE, e.code());
        assertEquals("The profile is missing: phone number. Fill them in before saving.", e.getMessage());
        assertTrue(service.list().isEmpty());
    }

    @Test
    void exportedProfileImportsBackUnchanged() throws Exception {
        Profile original = service.importProfile(exampleWithResume()).profile();
        Path exported = files.resolve("out/exported.json");

        service.exportProfile(original.profileId(), exported);
        ProfileImport reread = ProfileJson.read(exported);

        assertEquals(List.of(), reread.warnings());
        assertEquals(original.personalInformation(), reread.draft().personalInformation());
        assertEquals(original.miscellaneous(), reread.draft().miscellaneous());
        assertEquals(original.education(), reread.draft().education());
        assertEquals(original.answers(), reread.answers());
        assertEquals("alex-moreno-resume.pdf", Json.mapper().readTree(exported.toFile()).get("resumePath").asText(),
                "the resume's file name, not where this computer stores it");
        assertEquals(exported.resolveSibling("alex-moreno-resume.pdf").toUri(), reread.resumeLocation());
    }

    @Test
    void anExportedProfileImportsWholeOnAnotherComputerWithItsResumeBesideIt(@TempDir Path elsewhere)
            throws Exception {
        Profile original = service.importProfile(exampleWithResume()).profile();
        Path exported = files.resolve("usb/profile.json");

        service.exportProfile(original.profileId(), exported); // the resume too, beside it
        service.delete(original.profileId()); // and its stored resume: only the one beside the file is left
        ImportResult back = TestProfiles.importElsewhere(elsewhere, exported);

        assertFalse(Files.readString(exported).contains(tempDir.toString()), "no folder of this computer");
        assertEquals(List.of(), back.warnings());
        assertEquals(TestProfiles.content(original), TestProfiles.content(back.profile()));
        assertEquals("alex-moreno-resume.pdf", back.profile().defaultResume().fileName());
        assertArrayEquals(PDF, Files.readAllBytes(back.profile().defaultResume().storedPath()));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theResumeIsWrittenBesideTheFileUnderTheNameItsResumePathSays(ExportFormat format) throws Exception {
        Profile alex = alexWithResume();

        ProfileExport result = format.export(service, alex.profileId(), usbFile);

        assertEquals("alex-moreno-resume.pdf", resumePathIn(format));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume.pdf")));
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf"), namesIn(usb));
        assertEquals(new ProfileExport(usbFile.toAbsolutePath(), usb.resolve("alex-moreno-resume.pdf").toAbsolutePath(),
                false), result);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aResumeNameSomeDisksRefuseIsWrittenAsItIsSent(ExportFormat format) throws Exception {
        Profile alex = alexWithResume();
        service.addResume(alex.profileId(), TestProfiles.writeBytes(files.resolve("cv: final.pdf"), PDF), true);

        ProfileExport result = format.export(service, alex.profileId(), usbFile);

        assertEquals("cv_ final.pdf", resumePathIn(format), "a USB stick's FAT refuses the colon");
        assertEquals(Set.of("alex.json", "cv_ final.pdf"), namesIn(usb));
        assertFalse(result.resumeRenamed(), "its own name, as employers get it, not another file's");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void theSameResumeAlreadyBesideTheFileIsLeftAsItIs(ExportFormat format) throws Exception {
        Profile alex = alexWithResume();
        Path there = TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), PDF);
        Files.setLastModifiedTime(there, LONG_AGO);

        ProfileExport result = format.export(service, alex.profileId(), usbFile);

        assertEquals("alex-moreno-resume.pdf", resumePathIn(format));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(there), "not written again");
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf"), namesIn(usb));
        assertEquals(there.toAbsolutePath(), result.resume());
        assertFalse(result.resumeRenamed());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aDifferentFileOfTheResumesNameIsKeptAndTheResumeIsWrittenUnderAFreeName(ExportFormat format,
            @TempDir Path elsewhere) throws Exception {
        Profile alex = alexWithResume();
        Path theirs = TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), OTHER);

        ProfileExport result = format.export(service, alex.profileId(), usbFile);

        assertArrayEquals(OTHER, Files.readAllBytes(theirs), "the candidate's file is never overwritten");
        assertEquals("alex-moreno-resume (2).pdf", resumePathIn(format));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume (2).pdf")));
        assertEquals(usb.resolve("alex-moreno-resume (2).pdf").toAbsolutePath(), result.resume());
        assertTrue(result.resumeRenamed());
        ImportResult back = TestProfiles.importElsewhere(elsewhere, usbFile);
        assertEquals(List.of(), back.warnings());
        assertArrayEquals(PDF, Files.readAllBytes(back.profile().defaultResume().storedPath()));

        format.export(service, alex.profileId(), usbFile);

        assertEquals("alex-moreno-resume (2).pdf", resumePathIn(format), "its own copy found again");
        assertEquals(Set.of("alex.json", "alex-moreno-resume.pdf", "alex-moreno-resume (2).pdf"), namesIn(usb));
    }

    @Test
    void theNextFreeNameIsTakenWhenTheFirstFewAreOtherFiles() throws Exception {
        Profile alex = alexWithResume();
        TestProfiles.writeBytes(usb.resolve("alex-moreno-resume.pdf"), OTHER);
        TestProfiles.writeBytes(usb.resolve("alex-moreno-resume (2).pdf"), OTHER);
        Files.createDirectories(usb.resolve("alex-moreno-resume (3).pdf"));

        service.exportProfile(alex.profileId(), usbFile);

        assertEquals("alex-moreno-resume (4).pdf", resumePathIn(ExportFormat.JSON));
        assertArrayEquals(PDF, Files.readAllBytes(usb.resolve("alex-moreno-resume (4).pdf")));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aProfileWithoutResumeIsExportedAlone(ExportFormat format) throws Exception {
        Profile dana = service.create(TestProfiles.draft("dana@example.com"));

        ProfileExport result = format.export(service, dana.profileId(), usbFile);

        assertEquals(Set.of("alex.json"), namesIn(usb));
        assertFalse(Json.mapper().readTree(usbFile.toFile()).at(format.resumePath).isTextual(), "no resumePath");
        assertEquals(new ProfileExport(usbFile.toAbsolutePath(), null, false), result);
    }

    @Test
    void aFolderThatIsAFileFailsWithASentenceAndWritesNothing() throws Exception {
        Profile alex = alexWithResume();
        Files.writeString(usb, "not a folder");

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportProfile(alex.profileId(), usbFile));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile could not be saved to " + usbFile.toAbsolutePath() + ", so nothing was exported. "
                + "Check that the folder exists and that you may write to it.", e.getMessage());
        assertEquals("not a folder", Files.readString(usb));
        assertEquals(Set.of("profile.json", "alex-moreno-resume.pdf", "usb"), namesIn(files), "no temporary file");
    }

    @Test
    void whenTheProfileCannotBeWrittenTheResumeJustCopiedIsRemovedAgain() throws Exception {
        Profile alex = alexWithResume();
        Files.createDirectories(usbFile); // a folder where the file should go, with something in it
        Files.writeString(usbFile.resolve("keep.txt"), "mine");

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportJsonResume(alex.profileId(), usbFile));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The profile could not be saved to " + usbFile.toAbsolutePath() + ", so nothing was exported. "
                + "Check that the folder exists and that you may write to it.", e.getMessage());
        assertEquals(Set.of("alex.json"), namesIn(usb), "no resume without its profile, no temporary file");
        assertEquals("mine", Files.readString(usbFile.resolve("keep.txt")));
    }

    @Test
    void aStoredResumeThatIsMissingFailsBeforeAnythingIsWritten() throws Exception {
        Profile alex = alexWithResume();
        Files.delete(alex.defaultResume().storedPath());

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> service.exportProfile(alex.profileId(), usbFile));

        assertEquals(ErrorCode.RESUME_DOWNLOAD_FAILED, e.code());
        assertEquals("The resume alex-moreno-resume.pdf is missing from ApplyDesk's data folder, so nothing was "
                + "exported. Add the resume to the profile again, then export.", e.getMessage());
        assertFalse(Files.exists(usbFile));
        assertEquals(Set.of(), namesIn(usb), "no temporary file");
    }

    private Profile alexWithResume() throws Exception {
        return service.importProfile(exampleWithResume()).profile();
    }

    private String resumePathIn(ExportFormat format) throws IOException {
        JsonNode path = Json.mapper().readTree(usbFile.toFile()).at(format.resumePath);
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

    private Path exampleWithResume() throws Exception {
        Path profileFile = Files.copy(ProfileJsonTest.exampleProfile(), files.resolve("profile.json"));
        Files.write(files.resolve("alex-moreno-resume.pdf"), PDF);
        return profileFile;
    }

    private Path exampleWith(String target, String replacement) {
        return TestProfiles.example(files.resolve("profile.json"), target, replacement);
    }

    private String serve(String path, int status, byte[] body) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
