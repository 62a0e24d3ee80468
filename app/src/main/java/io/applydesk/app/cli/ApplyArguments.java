package io.applydesk.app.cli;

import io.applydesk.core.error.ApplyDeskException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code applydesk apply}, parsed by hand (DESIGN.md, "Runtime contracts").
 * Both {@code --job URL} and {@code --job=URL} are accepted.
 *
 * @param profile  the profile JSON, or null (allowed only with {@code --practice})
 * @param jobLinks the {@code --job} links in the order given
 * @param jobsFile the {@code --jobs} file, or null
 * @param report   where to write the JSON report, or null
 */
public record ApplyArguments(Path profile, List<String> jobLinks, Path jobsFile, boolean headless, boolean review,
                             Path report, boolean practice, boolean help) {

    public ApplyArguments {
        jobLinks = List.copyOf(jobLinks);
    }

    /** The options {@code apply} shares with the other commands that apply. */
    RunOptions runOptions() {
        return new RunOptions(profile, headless, review, report, practice);
    }

    /**
     * Parses the arguments that follow {@code apply}.
     *
     * @throws ApplyDeskException VALIDATION_ERROR for an unknown option, a missing value, or no profile outside practice mode
     */
    public static ApplyArguments parse(List<String> args) {
        Path jobsFile = null;
        List<String> jobLinks = new ArrayList<>();
        RunOptions.Reader shared = new RunOptions.Reader();
        OptionReader options = new OptionReader("apply", args);
        while (options.hasNext()) {
            String name = options.next();
            if (shared.read(name, options)) {
                continue;
            }
            switch (name) {
                case "--help":
                case "-h":
                    return new ApplyArguments(null, List.of(), null, false, false, null, false, true);
                case "--job":
                    jobLinks.add(options.value(name, "URL"));
                    break;
                case "--jobs":
                    jobsFile = Path.of(options.value(name, "FILE"));
                    break;
                default:
                    throw options.unknown();
            }
        }
        RunOptions run = shared.done("apply");
        return new ApplyArguments(run.profile(), jobLinks, jobsFile, run.headless(), run.review(), run.report(),
                run.practice(), false);
    }
}
