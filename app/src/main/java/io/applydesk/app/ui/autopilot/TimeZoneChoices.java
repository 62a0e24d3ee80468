package io.applydesk.app.ui.autopilot;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The time zones a schedule offers: "UTC" and the IANA zones named after a place ("Europe/London"), sorted. Left out
 * are the ids a person would not look for or would misread: "Etc/GMT+5" (which is five hours <em>behind</em> GMT),
 * "SystemV/…", and the old aliases without a region ("EST", "Cuba").
 */
final class TimeZoneChoices {
    static final String UTC = "UTC";
    private static final List<String> REGIONS = List.of("Africa/", "America/", "Antarctica/", "Arctic/", "Asia/",
            "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/");

    private TimeZoneChoices() {
    }

    static List<String> all() {
        return Stream.concat(Stream.of(UTC), ZoneId.getAvailableZoneIds().stream().filter(TimeZoneChoices::isPlace)
                .sorted()).toList();
    }

    /**
     * The zone as the list names it: the computer's "Etc/UTC" or "GMT" (servers, containers) is "UTC"; a place keeps
     * its name even where it keeps UTC all year ("Africa/Abidjan").
     */
    static String nameOf(ZoneId zone) {
        return !isPlace(zone.getId()) && zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone.getId();
    }

    private static boolean isPlace(String id) {
        return REGIONS.stream().anyMatch(id::startsWith);
    }
}
