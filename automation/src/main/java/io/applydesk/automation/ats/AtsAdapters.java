package io.applydesk.automation.ats;

import io.applydesk.automation.ats.ashby.AshbyAdapter;
import io.applydesk.automation.ats.generic.GenericFormAdapter;
import io.applydesk.automation.ats.bamboohr.BambooHrAdapter;
import io.applydesk.automation.ats.greenhouse.GreenhouseClassicAdapter;
import io.applydesk.automation.ats.lever.LeverAdapter;
import io.applydesk.automation.ats.smartrecruiters.SmartRecruitersAdapter;
import io.applydesk.automation.ats.greenhouse.GreenhouseNewAdapter;
import io.applydesk.automation.ats.recruitee.RecruiteeAdapter;
import io.applydesk.automation.ats.workable.WorkableAdapter;
import io.applydesk.automation.ats.workday.WorkdayAdapter;
import io.applydesk.core.account.AtsAccounts;

import java.util.List;
import java.util.Optional;

/**
 * The one list of adapters (like JabRef's WebFetchers). A detected form without an adapter here is
 * reported as ATS_NOT_SUPPORTED.
 */
public final class AtsAdapters {
    private final List<AtsAdapter> adapters;

    /**
     * Every adapter ApplyDesk ships.
     *
     * @param accounts the store of accounts created on job sites, for the adapters of sites that need one
     */
    public static AtsAdapters all(AtsAccounts accounts) {
        return new AtsAdapters(List.of(new GreenhouseClassicAdapter(), new AshbyAdapter(), new GreenhouseNewAdapter(),
                new LeverAdapter(), new WorkableAdapter(), new RecruiteeAdapter(), new BambooHrAdapter(),
                new SmartRecruitersAdapter(), new WorkdayAdapter(accounts), new GenericFormAdapter()));
    }

    public AtsAdapters(List<AtsAdapter> adapters) {
        this.adapters = List.copyOf(adapters);
    }

    /** The adapter that fills {@code form}, if ApplyDesk has one. */
    public Optional<AtsAdapter> forForm(FormFingerprint form) {
        return adapters.stream().filter(a -> a.form() == form).findFirst();
    }
}
