package io.applydesk.automation.ats.workday;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Passwords for the accounts ApplyDesk creates on Workday tenants: 20 characters from SecureRandom with at
 * least one upper-case and lower-case letter, digit and special character, which every tenant's rules accept.
 */
final class WorkdayPasswords {
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIAL = "!#$%&*+-=?@^_";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkdayPasswords() {
    }

    static String generate() {
        String all = UPPER + LOWER + DIGITS + SPECIAL;
        List<Character> chars = new ArrayList<>(LENGTH);
        for (String required : List.of(UPPER, LOWER, DIGITS, SPECIAL)) {
            chars.add(pick(required));
        }
        while (chars.size() < LENGTH) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, RANDOM);
        StringBuilder password = new StringBuilder(LENGTH);
        chars.forEach(password::append);
        return password.toString();
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
