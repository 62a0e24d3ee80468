package io.applydesk.automation.sandbox.boards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A location line ("Austin, TX (Hybrid)", "Berlin, Germany", "Remote (United States)") split into the
 * structured fields the SmartRecruiters, Workable, Recruitee, BambooHR and Ashby APIs publish.
 *
 * @param city        the city, or empty for a remote-only line
 * @param region      the state or region, or empty
 * @param country     the country's English name
 * @param countryCode the ISO 3166 alpha-2 code, upper case
 */
public record Place(String city, String region, String country, String countryCode) {

    private static final Map<String, String[]> COUNTRIES = Map.ofEntries(
            Map.entry("united states", new String[] {"United States", "US"}),
            Map.entry("us", new String[] {"United States", "US"}),
            Map.entry("usa", new String[] {"United States", "US"}),
            Map.entry("germany", new String[] {"Germany", "DE"}),
            Map.entry("portugal", new String[] {"Portugal", "PT"}),
            Map.entry("united kingdom", new String[] {"United Kingdom", "GB"}),
            Map.entry("uk", new String[] {"United Kingdom", "GB"}),
            Map.entry("canada", new String[] {"Canada", "CA"}),
            Map.entry("netherlands", new String[] {"Netherlands", "NL"}),
            Map.entry("france", new String[] {"France", "FR"}),
            Map.entry("spain", new String[] {"Spain", "ES"}),
            Map.entry("ireland", new String[] {"Ireland", "IE"}),
            Map.entry("india", new String[] {"India", "IN"}),
            Map.entry("australia", new String[] {"Australia", "AU"}));

    /** Splits a location line; a line that names no known country is taken to be in the United States. */
    public static Place parse(String location) {
        List<String> parts = new ArrayList<>();
        for (String part : (location == null ? "" : location).split("[,()]")) {
            String trimmed = part.strip();
            String lower = trimmed.toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !lower.equals("remote") && !lower.equals("hybrid")) {
                parts.add(trimmed);
            }
        }
        String[] country = {"United States", "US"};
        if (!parts.isEmpty() && COUNTRIES.containsKey(parts.get(parts.size() - 1).toLowerCase(Locale.ROOT))) {
            country = COUNTRIES.get(parts.remove(parts.size() - 1).toLowerCase(Locale.ROOT));
        }
        String city = parts.isEmpty() ? "" : parts.get(0);
        String region = parts.size() > 1 ? parts.get(1) : "";
        return new Place(city, region, country[0], country[1]);
    }
}
