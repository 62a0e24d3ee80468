package io.applydesk.core.search;

import io.applydesk.core.job.AtsType;
import java.util.Locale;
import java.util.Objects;

/**
 * One company's public job board on one ATS, as the board catalog lists it and a {@code JobSource} reads it.
 *
 * <p>{@code token} is the board's identity on its ATS, spelled as in the catalog
 * ({@code ../shared/fixtures/board-catalog/SOURCES.md}): Greenhouse board token, Lever site, Ashby organisation,
 * Workable account, SmartRecruiters company identifier, Recruitee subdomain, and for Workday
 * {@code {tenant}.{wdN}/{site}} (see {@link #workdayTenant()} and friends).
 *
 * @param ats         which ATS serves the board
 * @param token       the board's identity on that ATS
 * @param companyName the company's display name
 */
public record Board(AtsType ats, String token, String companyName) {

    public Board {
        Objects.requireNonNull(ats, "ats");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a board needs its token");
        }
        token = token.strip();
        companyName = companyName == null || companyName.isBlank() ? token : companyName.strip();
    }

    /** Catalog identity: two boards are the same when their ATS and token match, ignoring case. */
    public String key() {
        return ats.name().toLowerCase(Locale.ROOT) + ":" + token.toLowerCase(Locale.ROOT);
    }

    /** Workday only: the tenant, e.g. {@code 3m} of {@code 3m.wd1/Search}. */
    public String workdayTenant() {
        return workdayPart(0);
    }

    /** Workday only: the whole host label, e.g. {@code wd1} of {@code 3m.wd1/Search}. */
    public String workdayHostLabel() {
        return workdayPart(1);
    }

    /** Workday only: the career site, e.g. {@code Search} of {@code 3m.wd1/Search}. */
    public String workdaySite() {
        return workdayPart(2);
    }

    private String workdayPart(int index) {
        if (ats != AtsType.WORKDAY) {
            throw new IllegalStateException(ats + " boards have no Workday parts");
        }
        String[] parts = token.split("[./]", 3);
        if (parts.length != 3) {
            throw new IllegalStateException("a Workday board token is {tenant}.{wdN}/{site}, not " + token);
        }
        return parts[index];
    }
}
