package io.applydesk.automation.bench;

import java.util.List;

/** The one list of hand-written scripts the engine benchmark runs against, one per form family. */
final class MinimalScripts {
    private MinimalScripts() {
    }

    static List<MinimalScript> all() {
        return List.of(
                new GreenhouseClassicScript(),
                new GreenhouseNewScript(),
                new LeverScript(),
                new AshbyScript(),
                new WorkableScript(),
                new RecruiteeScript(),
                new BambooHrScript(),
                new SmartRecruitersScript(),
                new WorkdayScript(),
                new GenericFormScript());
    }
}
