package io.applydesk.core.search.source;

import io.applydesk.core.job.AtsType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The board API of every ATS ApplyDesk can search. */
public final class JobSources {
    private final Map<AtsType, JobSource> byAts = new EnumMap<>(AtsType.class);

    /** All eight sources. */
    public JobSources() {
        this(List.of(new GreenhouseSource(), new LeverSource(), new AshbySource(), new WorkableSource(),
                new SmartRecruitersSource(), new RecruiteeSource(), new WorkdaySource(), new BambooHrSource()));
    }

    public JobSources(List<JobSource> sources) {
        sources.forEach(s -> byAts.put(s.ats(), s));
    }

    /** The source for {@code ats}, empty for an ATS with no board API. */
    public Optional<JobSource> forAts(AtsType ats) {
        return Optional.ofNullable(byAts.get(ats));
    }
}
