package io.applydesk.core.profile;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a resume file (format by extension AND content, size) and copies it into the data
 * directory. Stateless and thread-safe.
 */
final class ResumeFiles {
    /** What no file system takes in a name (see {@link #sendableFileName}). */
    private static final Pattern UNSENDABLE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F'};
    // DOC is an OLE2 compound file; DOCX is a ZIP container.
    private static final byte[] DOC_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] DOCX_MAGIC = {'P', 'K'};

    private ResumeFiles() {
    }

    /** The checked format of {@code file}; throws RESUME_DOWNLOAD_FAILED, INVALID_RESUME_FORMAT or RESUME_TOO_LARGE. */
    static ResumeFormat check(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                    "The resume file " + file + " does not exist.", file.toString());
        }
        String fileName = file.getFileName().toString();
        ResumeFormat format = ResumeFormat.ofFileName(fileName).orElseThrow(() -> new ApplyDeskException(
                ErrorCode.INVALID_RESUME_FORMAT,
                "The resume '" + fileName + "' is not a PDF, DOC or DOCX file.", fileName));
        long size = size(file);
        if (size > ProfileService.MAX_RESUME_BYTES) {
            throw new ApplyDeskException(ErrorCode.RESUME_TOO_LARGE,
                    String.format(Locale.ROOT, "The resume '%s' is %.1f MB; the limit is %d MB.", fileName,
                            size / (1024.0 * 1024.0), ProfileService.MAX_RESUME_BYTES / (1024 * 1024)),
                    fileName);
        }
        if (!startsWith(file, magicOf(format))) {
            throw new ApplyDeskException(ErrorCode.INVALID_RESUME_FORMAT,
                    "The resume '" + fileName + "' is named like a " + format + " file but its content is not "
                            + "a " + format + " document.", fileName);
        }
        return format;
    }

    /** Copies {@code source} to {@code target} (creating folders) and returns its SHA-256 in hex. */
    static String copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return sha256(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the resume at " + target, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** A file name safe on every OS, keeping the extension: letters, digits, dot, dash, underscore. */
    static String safeFileName(String fileName) {
        String cleaned = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() ? "resume" : cleaned;
    }

    /**
     * The name a resume is sent under: the candidate's own, spaces and accents kept ("Renée Müller CV.pdf"), only what
     * a file system refuses replaced: path separators, {@code < > : " | ? *}, control characters, trailing dots and
     * spaces (Windows drops them), Windows' device names ("CON.pdf").
     */
    static String sendableFileName(String fileName) {
        String cleaned = UNSENDABLE.matcher(fileName).replaceAll("_").strip().replaceAll("[. ]+$", "");
        if (cleaned.isEmpty()) {
            return "resume";
        }
        return WINDOWS_DEVICE.matcher(cleaned).matches() ? "_" + cleaned : cleaned;
    }

    private static byte[] magicOf(ResumeFormat format) {
        switch (format) {
            case PDF:
                return PDF_MAGIC;
            case DOC:
                return DOC_MAGIC;
            case DOCX:
                return DOCX_MAGIC;
            default:
                throw new IllegalArgumentException(format.name());
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                    "The resume file " + file + " could not be read.", file.toString(), e);
        }
    }

    private static boolean startsWith(Path file, byte[] magic) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            return Arrays.equals(head, magic);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                    "The resume file " + file + " could not be read.", file.toString(), e);
        }
    }
}
