package io.applydesk.core.store;

import java.security.SecureRandom;

/** Readable ids with the hosted API's prefixes: {@code prof_}, {@code sess_}, {@code run_}, {@code app_}, {@code srch_}. */
public final class Ids {
    public static final String PROFILE = "prof";
    public static final String SESSION = "sess";
    public static final String RUN = "run";
    public static final String APPLICATION = "app";
    public static final String SEARCH = "srch";
    public static final String RESUME = "res";

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId(String prefix) {
        StringBuilder sb = new StringBuilder(prefix.length() + 13).append(prefix).append('_');
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
