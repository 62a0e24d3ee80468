package io.applydesk.core.search.filter;

import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.WorkType;
import java.util.List;

/**
 * Does a job's location answer a location the candidate searched for? A posting matches when any of its places
 * does (see {@link Place} for the aliases):
 * <ul>
 *   <li>"Remote" matches remote jobs anywhere; "Remote (US)", "Remote — US", "US Remote" match remote jobs whose
 *       place is in the US (a remote job naming no country does not qualify);</li>
 *   <li>a city matches that city (New York ≈ NYC; San Francisco matches San Francisco only, "SF"/"Bay Area" match
 *       the Bay Area's cities);</li>
 *   <li>a state matches every place in it, a country every place in it (a US state is in the US).</li>
 * </ul>
 * A job is remote when its work type is Remote or its location says so; hybrid jobs are not remote.
 */
public final class LocationMatcher {

    private LocationMatcher() {
    }

    public static boolean matches(String query, JobPosting job) {
        Place want = Place.parse(query);
        boolean jobRemote = job.workType() == WorkType.REMOTE;
        List<String> locations = job.locations();
        if (want.remote()) {
            if (locations.isEmpty()) {
                return jobRemote && want.namesNoPlace();
            }
            return locations.stream().map(Place::parse)
                    .anyMatch(p -> (jobRemote || p.remote()) && within(want, p));
        }
        if (want.namesNoPlace()) {
            return false;
        }
        return locations.stream().map(Place::parse).anyMatch(p -> !p.namesNoPlace() && within(want, p));
    }

    /** True when {@code place} lies within what {@code want} names (everything, when it names nothing). */
    static boolean within(Place want, Place place) {
        if (want.city() != null && !want.city().equals(place.city())) {
            return false;
        }
        if (want.metro() != null && !want.metro().equals(place.metro())) {
            return false;
        }
        if (want.state() != null && place.state() != null && !want.state().equals(place.state())) {
            return false;
        }
        if (want.state() != null && place.state() == null && want.city() == null) {
            return false; // "Texas" needs a place known to be in Texas
        }
        if (want.country() != null && !want.country().equals(place.country())) {
            return false;
        }
        return true;
    }
}
