package io.applydesk.core.profile;

import io.applydesk.core.common.SafeFiles;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a profile file, in either format, and its default resume beside it under the name the file's
 * {@code resumePath} says, so that the two can be carried to another computer and imported there whole.
 *
 * <p>A file of the resume's name already beside it is never overwritten: with the same content it is used as it
 * is, otherwise the resume gets the next free name ("cv (2).pdf") and {@code resumePath} says that one. The resume
 * is written first and the profile file last, each whole or not at all (see {@link SafeFiles}); when the profile
 * file fails, the resume just written is removed again, so a failed export leaves the folder as it was.
 * Stateless and thread-safe.
 */
final class ProfileExporter {

    /** The document a format writes of {@code profile}, whose resume beside it is {@code resumePath} (or null). */
    @FunctionalInterface
    interface Format {
        Object document(Profile profile, String resumePath);
    }

    private ProfileExporter() {
    }

    /**
     * Writes {@code profile} to {@code file} in {@code format}, with its default resume beside it.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the folder or a file cannot be written,
     *                            RESUME_DOWNLOAD_FAILED when the stored copy of the resume is missing
     */
    static ProfileExport export(Profile profile, Path file, Format format) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw notSaved(target, e);
        }
        Resume resume = profile.defaultResume();
        Beside beside = resume == null ? null : placeBeside(resume, folder);
        String resumePath = beside == null ? null : beside.file().getFileName().toString();
        boolean written = false;
        try {
            SafeFiles.replace(target, temp -> Json.mapper().writeValue(temp.toFile(),
                    format.document(profile, resumePath)));
            written = true;
        } catch (IOException e) {
            throw notSaved(target, e);
        } finally {
            if (!written && beside != null && beside.copied()) {
                SafeFiles.deleteQuietly(beside.file());
            }
        }
        return new ProfileExport(target, beside == null ? null : beside.file(),
                beside != null && !resumePath.equals(ResumeFiles.sendableFileName(resume.fileName())));
    }

    /** Puts {@code resume} in {@code folder}: under its own name, or the first free "name (n).ext". */
    private static Beside placeBeside(Resume resume, Path folder) {
        Path stored = resume.storedPath();
        if (!Files.isRegularFile(stored)) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED, "The resume " + resume.fileName()
                    + " is missing from ApplyDesk's data folder, so nothing was exported. Add the resume to the "
                    + "profile again, then export.", stored.toString());
        }
        for (int n = 1; ; n++) {
            // Under the name it is sent under, too: the candidate's own, with only what a disk refuses replaced.
            Path candidate = folder.resolve(numbered(ResumeFiles.sendableFileName(resume.fileName()), n));
            try {
                if (Files.exists(candidate)) {
                    if (Files.isRegularFile(candidate) && ResumeFiles.sha256(candidate).equals(resume.sha256())) {
                        return new Beside(candidate, false);
                    }
                    continue;
                }
                SafeFiles.create(candidate, temp -> Files.copy(stored, temp, StandardCopyOption.REPLACE_EXISTING));
                return new Beside(candidate, true);
            } catch (FileAlreadyExistsException e) {
                // Written by someone else meanwhile: never over it, the next name.
            } catch (IOException | UncheckedIOException e) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The resume " + resume.fileName()
                        + " could not be saved beside the profile in " + folder + ", so nothing was exported. "
                        + "Check that you may write to the folder and that it has space left.", folder.toString(), e);
            }
        }
    }

    /** {@code fileName} for n = 1, else with " (n)" before its extension: "cv.pdf", "cv (2).pdf", … */
    private static String numbered(String fileName, int n) {
        if (n == 1) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName + " (" + n + ")"
                : fileName.substring(0, dot) + " (" + n + ")" + fileName.substring(dot);
    }

    private static ApplyDeskException notSaved(Path target, Exception cause) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The profile could not be saved to " + target
                + ", so nothing was exported. Check that the folder exists and that you may write to it.",
                target.toString(), cause);
    }

    /** The resume beside the profile file; {@code copied} when this export wrote it (else it was there already). */
    private record Beside(Path file, boolean copied) {
    }
}
