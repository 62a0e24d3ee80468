package io.applydesk.core.schedule;

import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.Database;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules' settings, kept in {@code app_setting}. {@code scheduleSettings::missedSlotPolicy}
 * is the policy supplier a {@link Scheduler} takes, so a change applies at once.
 */
public final class ScheduleSettings {
    /** The {@code app_setting} key of the {@link MissedSlotPolicy}. */
    public static final String MISSED_SLOT_POLICY = "schedule.missedSlotPolicy";
    /** Until the candidate chooses: a slot missed while the computer was off still runs, once. */
    public static final MissedSlotPolicy DEFAULT_POLICY = MissedSlotPolicy.RUN_ONCE_AT_START;

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleSettings.class);

    private final Jdbi jdbi;

    public ScheduleSettings(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The stored policy; the default when none is stored or the stored text is not one. */
    public MissedSlotPolicy missedSlotPolicy() {
        String stored = jdbi.withExtension(AppSettingDao.class, dao -> dao.get(MISSED_SLOT_POLICY)).orElse(null);
        if (stored == null) {
            return DEFAULT_POLICY;
        }
        try {
            return MissedSlotPolicy.valueOf(stored.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warn("Unknown {} '{}' in the settings; using {}", MISSED_SLOT_POLICY, stored, DEFAULT_POLICY);
            return DEFAULT_POLICY;
        }
    }

    public void setMissedSlotPolicy(MissedSlotPolicy policy) {
        jdbi.useExtension(AppSettingDao.class, dao -> dao.put(MISSED_SLOT_POLICY, policy.name()));
    }
}
