package io.applydesk.app;

import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.AtsType;

/**
 * Stands in for the Playwright engine when no browser was found, so the desktop app still opens:
 * every application fails with the sentence that says which browser to install.
 */
final class NoBrowserEngine implements ApplicationEngine {
    private final ApplyDeskException problem;

    NoBrowserEngine(ApplyDeskException problem) {
        this.problem = problem;
    }

    @Override
    public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
        AtsType ats = request.job() == null ? AtsType.UNKNOWN : request.job().atsType();
        return ApplyOutcome.failed(ats, problem.code(), problem.getMessage(), null);
    }

    @Override
    public void close() {
    }
}
