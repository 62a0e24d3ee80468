package io.applydesk.core.account;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;

import java.util.Optional;

/**
 * Where the accounts ApplyDesk created on job sites are kept, protected (encrypted at rest, or the
 * OS keyring): created once per site and e-mail address, then reused for every later application
 * on that site. Implementations are thread-safe: several browser workers may apply on one site.
 */
public interface AtsAccounts {

    /** The account for this site and e-mail address, if ApplyDesk created one before. */
    Optional<AtsAccount> find(String site, String email);

    /**
     * Stores an account (replacing one with the same site and e-mail address). Called after the site
     * accepted the new account, so a failed sign-up leaves nothing behind.
     */
    void save(AtsAccount account);

    /**
     * A store that holds nothing and refuses to keep an account: for settings that have no real store
     * wired in. A site that needs an account then fails with a clear message instead of creating an
     * account whose password would be lost.
     */
    static AtsAccounts none() {
        return new AtsAccounts() {
            @Override
            public Optional<AtsAccount> find(String site, String email) {
                return Optional.empty();
            }

            @Override
            public void save(AtsAccount account) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "ApplyDesk has no safe place set up to keep the password of a new account on "
                                + account.site() + ", so it did not keep one. Set up the account store first.");
            }
        };
    }
}
