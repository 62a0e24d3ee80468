package io.applydesk.automation.sandbox.workday;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The candidate accounts of every tenant, as Workday keeps them: one per tenant and e-mail address,
 * created on the account wall and signed into on later applications, plus the signed-in sessions.
 * Thread-safe.
 */
public final class WorkdayAccounts {
    /** Workday's default password rules: 8+ characters with upper and lower case, a digit and a special character. */
    private static final Pattern STRONG = Pattern.compile("(?=.*[A-Z])(?=.*[a-z])(?=.*\\d)(?=.*[^A-Za-z0-9]).{8,}");

    private record Account(String password, boolean verified) {
    }

    /** Who a session belongs to. */
    record Session(String tenant, String email) {
    }

    /** What the account wall answered. */
    enum Verdict { SIGNED_IN, EXISTS, WEAK_PASSWORD, WRONG_PASSWORD, UNVERIFIED }

    /** Outcome of a create or sign-in: a session token only when {@link Verdict#SIGNED_IN}. */
    record Result(Verdict verdict, String token) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> creations = new ConcurrentHashMap<>();
    private final AtomicInteger botRequests = new AtomicInteger();

    /**
     * Creates the account unless the tenant already has one for the address.
     *
     * @param needsVerification the tenant wants the address verified (a link mailed) before anyone signs in
     */
    synchronized Result create(String tenant, String email, String password, boolean needsVerification) {
        String key = key(tenant, email);
        if (accounts.containsKey(key)) {
            return new Result(Verdict.EXISTS, null);
        }
        if (!STRONG.matcher(password).matches()) {
            return new Result(Verdict.WEAK_PASSWORD, null);
        }
        accounts.put(key, new Account(password, !needsVerification));
        creations.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return needsVerification ? new Result(Verdict.UNVERIFIED, null) : session(tenant, email);
    }

    Result signIn(String tenant, String email, String password) {
        Account account = accounts.get(key(tenant, email));
        if (account == null || !account.password().equals(password)) {
            return new Result(Verdict.WRONG_PASSWORD, null);
        }
        return account.verified() ? session(tenant, email) : new Result(Verdict.UNVERIFIED, null);
    }

    Optional<Session> session(String token) {
        return Optional.ofNullable(token == null ? null : sessions.get(token));
    }

    /** How many times an account for the address was created on the tenant since the server started. */
    public int creations(String tenant, String email) {
        AtomicInteger count = creations.get(key(tenant, email));
        return count == null ? 0 : count.get();
    }

    /** How many account-wall requests came with the honeypot filled (and were silently ignored). */
    public int botRequests() {
        return botRequests.get();
    }

    void botRequest() {
        botRequests.incrementAndGet();
    }

    /** Whether the tenant has an account for the address. */
    public boolean hasAccount(String tenant, String email) {
        return accounts.containsKey(key(tenant, email));
    }

    private Result session(String tenant, String email) {
        String token = UUID.randomUUID().toString();
        sessions.put(token, new Session(tenant, email.toLowerCase()));
        return new Result(Verdict.SIGNED_IN, token);
    }

    private static String key(String tenant, String email) {
        return tenant + "|" + email.trim().toLowerCase();
    }
}
