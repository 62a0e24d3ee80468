package io.applydesk.core.search.filter;

import io.applydesk.core.answer.Countries;
import io.applydesk.core.answer.UsStates;
import io.applydesk.core.common.QuestionText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A location text understood: city, US state, country (ISO alpha-2), whether it says remote, and the metro area a
 * city belongs to. "NYC" and "New York City" are the city of New York, NY, US; "SF" is San Francisco, "Bay Area" the whole
 * San Francisco Bay Area (its cities carry the metro); "USA", "US", "United States" the country US; "TX" and "Texas" the state TX (a US state implies the US).
 *
 * @param city   normalised city name, or null
 * @param state  US postal code, or null
 * @param metro  "bay area" for the Bay Area's cities, or null
 */
public record Place(String city, String state, String country, String metro, boolean remote) {
    static final String BAY_AREA = "bay area";
    private static final Set<String> BAY_AREA_CITIES = Set.of("san francisco", "oakland", "berkeley", "san jose",
            "palo alto", "mountain view", "menlo park", "sunnyvale", "santa clara", "redwood city", "san mateo",
            "south san francisco", "cupertino", "fremont", "emeryville", "burlingame", "foster city", "san bruno");
    /** Aliases of cities: alias → {city, state}. */
    private static final Map<String, String[]> CITY_ALIASES = Map.of(
            "nyc", new String[]{"new york", "NY"},
            "new york city", new String[]{"new york", "NY"},
            "manhattan", new String[]{"new york", "NY"},
            "brooklyn", new String[]{"new york", "NY"},
            "new york", new String[]{"new york", "NY"},
            "sf", new String[]{"san francisco", "CA"},
            "la", new String[]{"los angeles", "CA"},
            "dc", new String[]{"washington", "DC"},
            "washington dc", new String[]{"washington", "DC"});
    private static final Set<String> BAY_AREA_ALIASES = Set.of("bay area", "sf bay area", "san francisco bay area",
            "silicon valley", "sfba");

    /** Reads a location as boards and people write it: "New York, NY (HQ)", "Remote (US)", "US Remote", "SF". */
    public static Place parse(String text) {
        String raw = text == null ? "" : text;
        boolean remote = raw.toLowerCase(Locale.ROOT).matches("(?s).*\\b(remote|anywhere|distributed|wfh)\\b.*");
        String city = null;
        String state = null;
        String country = null;
        String metro = null;
        String cleaned = raw.replaceAll("(?i)\\b(remote|anywhere|distributed|wfh|hq|headquarters|office|hybrid|on-?site)\\b",
                " ");
        for (String part : cleaned.split("[,()/|;•·–—]|\\s-\\s")) {
            String p = part.strip();
            String norm = QuestionText.normalise(p);
            if (norm.isEmpty()) {
                continue;
            }
            Optional<String> stateCode = UsStates.code(p.length() == 2 ? p.toUpperCase(Locale.ROOT) : p);
            Optional<String> countryCode = countryCode(p);
            if (CITY_ALIASES.containsKey(norm) && city == null) {
                city = CITY_ALIASES.get(norm)[0];
                state = state == null ? CITY_ALIASES.get(norm)[1] : state;
            } else if (BAY_AREA_ALIASES.contains(norm)) {
                metro = BAY_AREA;
                state = "CA";
            } else if (stateCode.isPresent() && (p.length() == 2 || !countryCode.isPresent())) {
                // "CA" after a city is California; two letters are read as a state before a country
                state = stateCode.get();
            } else if (countryCode.isPresent()) {
                country = countryCode.get();
            } else if (city == null) {
                city = norm;
            }
        }
        if (state != null && country == null) {
            country = "US";
        }
        if (city != null && BAY_AREA_CITIES.contains(city)) {
            metro = BAY_AREA;
        }
        return new Place(city, state, country, metro, remote);
    }

    /** Countries as written, capitals or not for the usual short names ("us", "usa", "uk"). */
    private static Optional<String> countryCode(String part) {
        String p = part.strip();
        Optional<String> code = Countries.code(p);
        if (code.isEmpty() && p.length() <= 3) {
            code = Countries.code(p.toUpperCase(Locale.ROOT));
        }
        return code;
    }

    /** True when the place names nothing but (maybe) remote. */
    boolean namesNoPlace() {
        return city == null && state == null && country == null && metro == null;
    }
}
