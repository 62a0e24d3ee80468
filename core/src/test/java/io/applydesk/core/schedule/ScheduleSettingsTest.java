package io.applydesk.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.applydesk.core.store.AppSettingDao;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleSettingsTest {
    @TempDir
    Path dir;

    @Test
    void thePolicyDefaultsToOneRunIsStoredAndAChangeAppliesToARunningScheduler() {
        try (ScheduleTestKit kit = new ScheduleTestKit(dir)) {
            kit.setClock(Instant.parse("2027-01-30T14:00:00Z"));
            ScheduleSettings settings = new ScheduleSettings(kit.db);
            assertEquals(MissedSlotPolicy.RUN_ONCE_AT_START, settings.missedSlotPolicy());
            String id = kit.recurring("daily", List.of(), "09:00", "Europe/London");
            Scheduler scheduler = new Scheduler(kit.db, kit.clock, kit.recorder, settings::missedSlotPolicy,
                    Scheduler.DEFAULT_GRACE);
            scheduler.tick();

            settings.setMissedSlotPolicy(MissedSlotPolicy.SKIP);
            kit.setClock(Instant.parse("2027-02-03T12:00:00Z"));
            scheduler.tick();

            assertEquals(MissedSlotPolicy.SKIP, settings.missedSlotPolicy());
            assertEquals(List.of(), kit.fired);
            assertEquals(SlotOutcome.SKIPPED, scheduler.history(id, 1).get(0).outcome());
        }
    }

    @Test
    void anUnknownStoredPolicyFallsBackToTheDefault() {
        try (ScheduleTestKit kit = new ScheduleTestKit(dir)) {
            kit.db.jdbi().useExtension(AppSettingDao.class,
                    dao -> dao.put(ScheduleSettings.MISSED_SLOT_POLICY, "later"));
            assertEquals(MissedSlotPolicy.RUN_ONCE_AT_START, new ScheduleSettings(kit.db).missedSlotPolicy());
        }
    }
}
