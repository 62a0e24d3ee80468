package io.applydesk.core.answer;

import io.applydesk.core.profile.WorkExperience;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileComputationsTest {
    private static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static WorkExperience job(String start, String end, boolean current) {
        return new WorkExperience("Engineer", "Co", start, end, current, null, null);
    }

    @Test
    void overlappingJobsCountEachMonthOnce() {
        // 2020-01..2020-12 (12) and 2020-07..2021-06 (12, of which 6 overlap) → 18 months
        int months = ProfileComputations.totalMonthsWorked(
                List.of(job("2020-07", "2021-06", false), job("2020-01", "2020-12", false)), JUNE_2025);
        assertEquals(18, months);
    }

    @Test
    void aCurrentJobRunsUntilThisMonthAndUnreadableDatesAreLeftOut() {
        int months = ProfileComputations.totalMonthsWorked(
                List.of(job("2025-01", null, true), job("sometime", "2019-01", false), job("2019-01", null, false)),
                JUNE_2025);
        assertEquals(6, months);
    }

    @Test
    void theCurrentJobIsTheOneMarkedSo() {
        WorkExperience current = job("2021-01", null, true);
        assertEquals(current, ProfileComputations.currentJob(List.of(job("2019-01", "2020-01", false), current)).orElseThrow());
    }
}
