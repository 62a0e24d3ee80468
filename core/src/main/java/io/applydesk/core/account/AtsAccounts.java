package io.applydesk.core.account;

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
}
