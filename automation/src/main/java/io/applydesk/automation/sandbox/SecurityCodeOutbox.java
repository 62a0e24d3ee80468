package io.applydesk.automation.sandbox;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The e-mails with one-time security codes the practice ATS "sent", per job and applicant e-mail, so a
 * test can read the code as the candidate would in their inbox. Thread-safe.
 */
public final class SecurityCodeOutbox {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> codes = new ConcurrentHashMap<>();

    /** The code e-mailed for this job to this address, creating (sending) one when none was sent yet. */
    public String send(String jobId, String email) {
        return codes.computeIfAbsent(key(jobId, email), key -> newCode());
    }

    /** The code last e-mailed for this job to this address, if any. */
    public Optional<String> codeSentTo(String jobId, String email) {
        return Optional.ofNullable(codes.get(key(jobId, email)));
    }

    /** Forgets every code (each application then gets a fresh one). */
    public void clear() {
        codes.clear();
    }

    private static String key(String jobId, String email) {
        return jobId + " " + email.strip().toLowerCase(Locale.ROOT);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
