package io.applydesk.automation.sandbox.ashby;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The places the location autocomplete suggests (Ashby's location search), each with a stable id. */
final class AshbyLocations {

    record Place(String id, String label) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("loc_austin_tx_us", "Austin, Texas, United States"),
            new Place("loc_austin_mn_us", "Austin, Minnesota, United States"),
            new Place("loc_berlin_de", "Berlin, Germany"),
            new Place("loc_denver_co_us", "Denver, Colorado, United States"),
            new Place("loc_lisbon_pt", "Lisbon, Portugal"),
            new Place("loc_london_gb", "London, England, United Kingdom"),
            new Place("loc_new_york_ny_us", "New York, New York, United States"),
            new Place("loc_san_francisco_ca_us", "San Francisco, California, United States"),
            new Place("loc_seattle_wa_us", "Seattle, Washington, United States"),
            new Place("loc_toronto_on_ca", "Toronto, Ontario, Canada"));

    private AshbyLocations() {
    }

    /** Up to five places whose label contains the typed text; none for fewer than two letters. */
    static List<Place> search(String typed) {
        String wanted = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (wanted.length() < 2) {
            return List.of();
        }
        return PLACES.stream().filter(place -> place.label().toLowerCase(Locale.ROOT).contains(wanted)).limit(5).toList();
    }

    static Optional<Place> byId(String id) {
        return PLACES.stream().filter(place -> place.id().equals(id)).findFirst();
    }
}
