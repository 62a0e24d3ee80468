package io.applydesk.app.ui.autopilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZoneChoicesTest {

    @Test
    void theListIsUtcThenPlacesInOrderWithoutIdsAPersonWouldMisread() {
        List<String> all = TimeZoneChoices.all();

        assertEquals("UTC", all.get(0));
        assertTrue(all.containsAll(List.of("Europe/London", "America/New_York", "Asia/Tokyo", "Africa/Abidjan")));
        assertEquals(all.subList(1, all.size()).stream().sorted().toList(), all.subList(1, all.size()));
        assertTrue(all.stream().noneMatch(id -> id.startsWith("Etc/") || id.startsWith("SystemV/")
                || id.equals("EST") || id.equals("Cuba")), all.toString());
        assertTrue(all.stream().allMatch(id -> ZoneId.of(id) != null), "every choice is a zone a schedule accepts");
    }

    @Test
    void theComputersUtcAliasesAreNamedUtcAndPlacesKeepTheirNames() {
        for (String alias : List.of("Etc/UTC", "UTC", "GMT", "Etc/GMT", "Etc/Universal", "Z")) {
            assertEquals("UTC", TimeZoneChoices.nameOf(ZoneId.of(alias)), alias);
        }
        assertEquals("UTC", TimeZoneChoices.nameOf(ZoneOffset.UTC));
        assertEquals("Africa/Abidjan", TimeZoneChoices.nameOf(ZoneId.of("Africa/Abidjan")), "UTC all year, a place");
        assertEquals("Europe/London", TimeZoneChoices.nameOf(ZoneId.of("Europe/London")));
        assertFalse(TimeZoneChoices.all().contains("Etc/UTC"));
    }
}
