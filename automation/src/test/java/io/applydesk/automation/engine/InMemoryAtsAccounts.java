package io.applydesk.automation.engine;

import io.applydesk.core.account.AtsAccount;
import io.applydesk.core.account.AtsAccounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An account store for tests only: in memory, counting saves. */
final class InMemoryAtsAccounts implements AtsAccounts {
    private final Map<String, AtsAccount> accounts = new ConcurrentHashMap<>();
    private final AtomicInteger saves = new AtomicInteger();

    @Override
    public Optional<AtsAccount> find(String site, String email) {
        return Optional.ofNullable(accounts.get(site + "|" + email));
    }

    @Override
    public void save(AtsAccount account) {
        saves.incrementAndGet();
        accounts.put(account.site() + "|" + account.email(), account);
    }

    int saves() {
        return saves.get();
    }
}
