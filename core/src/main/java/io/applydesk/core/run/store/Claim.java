package io.applydesk.core.run.store;

import io.applydesk.core.application.Application;
import java.util.Optional;

/**
 * What a worker's claim on a queued application gave: the application to process, or the application
 * SKIPPED because a limit refused it, or neither (no longer queued, or the session is not active).
 */
public record Claim(Optional<ClaimedApplication> taken, Optional<Application> skipped) {
    static final Claim NOTHING = new Claim(Optional.empty(), Optional.empty());
}
