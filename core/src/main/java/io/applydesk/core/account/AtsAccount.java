package io.applydesk.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * An account ApplyDesk created for the candidate on a job site that requires one before applying
 * (Workday: one account per employer tenant). The password only ever lives in memory and, encrypted,
 * in the {@link AtsAccounts} store: never in logs, evidence or {@code toString()}.
 *
 * @param site      the site the account belongs to, e.g. {@code workday:acme.wd5} (see {@link #siteKey})
 * @param email     the e-mail address the account was created with
 * @param password  the generated password
 * @param createdAt when ApplyDesk created the account
 */
public record AtsAccount(String site, String email, String password, Instant createdAt) {

    public AtsAccount {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The key of one ATS tenant, e.g. {@code siteKey("workday", "acme.wd5")} → {@code workday:acme.wd5}. */
    public static String siteKey(String ats, String tenant) {
        return ats + ":" + tenant;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "AtsAccount[site=" + site + ", email=" + email + ", createdAt=" + createdAt + "]";
    }
}
