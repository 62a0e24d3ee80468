package io.applydesk.core.run;

import io.applydesk.core.job.AtsType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Politeness: at most one application start per ATS host within the minimum spacing. Kept in memory:
 * after a restart the first application on a host may start at once. The key is the ATS and the host.
 * Sites on this computer (the practice ATS on 127.0.0.1) are not spaced: politeness protects other
 * people's servers.
 */
final class HostSpacing {
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private final Duration spacing;
    private final Map<String, Instant> nextFree = new ConcurrentHashMap<>();

    HostSpacing(Duration spacing) {
        this.spacing = spacing;
    }

    /**
     * Reserves the host's next start for the caller: zero when that is now, otherwise how long to wait
     * before starting (the reservation holds; do not ask again after the wait).
     */
    Duration reserve(AtsType ats, String jobUrl, Instant now) {
        String host = host(jobUrl);
        if (spacing.isZero() || LOCAL_HOSTS.contains(host)) {
            return Duration.ZERO;
        }
        Duration[] wait = {Duration.ZERO};
        nextFree.compute(ats + "@" + host, (key, free) -> {
            if (free != null && now.isBefore(free)) {
                // The caller takes the next free slot, so it starts when the wait is over without asking again.
                wait[0] = Duration.between(now, free);
                return free.plus(spacing);
            }
            return now.plus(spacing);
        });
        return wait[0];
    }

    private static String host(String jobUrl) {
        try {
            String host = URI.create(jobUrl).getHost();
            return host == null ? jobUrl : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return jobUrl;
        }
    }
}
