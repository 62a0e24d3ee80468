package io.applydesk.automation.ats;

import io.applydesk.automation.ats.ashby.AshbyAdapter;
import io.applydesk.automation.ats.bamboohr.BambooHrAdapter;
import io.applydesk.automation.ats.greenhouse.GreenhouseClassicAdapter;
import io.applydesk.automation.ats.lever.LeverAdapter;
import io.applydesk.automation.ats.smartrecruiters.SmartRecruitersAdapter;
import io.applydesk.automation.ats.greenhouse.GreenhouseNewAdapter;

import java.util.List;
import java.util.Optional;

/**
 * The one list of adapters (like JabRef's WebFetchers). A detected form without an adapter here is
 * reported as ATS_NOT_SUPPORTED.
 */
public final class AtsAdapters {
    private final List<AtsAdapter> adapters;

    /** Every adapter ApplyDesk ships. */
    public static AtsAdapters all() {
        return new AtsAdapters(List.of(new GreenhouseClassicAdapter(), new AshbyAdapter(), new GreenhouseNewAdapter(),
                new LeverAdapter(), new BambooHrAdapter(), new SmartRecruitersAdapter()));
    }

    public AtsAdapters(List<AtsAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** The adapter that fills {@code form}, if ApplyDesk has one. */
    public Optional<AtsAdapter> forForm(FormFingerprint form) {
        return adapters.stream().filter(a -> a.form() == form).findFirst();
    }
}
