package io.applydesk.automation.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The practice-mode candidate, Jordan Rivera (invented): a profile JSON in the hosted API's shape whose
 * answer bank covers every practice job's questions except the one designed to need the candidate, and a
 * one-page PDF résumé beside it.
 */
public final class DemoCandidate {
    /** The profile file name. */
    public static final String PROFILE_FILE = "demo-candidate.json";
    /** The résumé file name, as the profile's {@code resumePath} names it. */
    public static final String RESUME_FILE = "demo-candidate-resume.pdf";

    private DemoCandidate() {
    }

    /**
     * Writes {@value #PROFILE_FILE} and {@value #RESUME_FILE} into {@code directory} (created if missing,
     * files replaced).
     *
     * @return the path of the profile JSON
     */
    public static Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path profile = directory.resolve(PROFILE_FILE);
            Files.write(profile, Template.Resources.read(DemoCandidate.class, PROFILE_FILE));
            Files.write(directory.resolve(RESUME_FILE), resumePdf());
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo candidate into " + directory, e);
        }
    }

    /** The résumé as PDF bytes. */
    static byte[] resumePdf() {
        String text = new String(Template.Resources.read(DemoCandidate.class, "demo-candidate-resume.txt"),
                StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        return MinimalPdf.onePage(lines);
    }
}
