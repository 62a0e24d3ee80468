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

    /**
     * Parses the arguments that follow {@code apply}.
     *
     * @throws ApplyDeskException VALIDATION_ERROR for an unknown option, a missing value, or no profile outside practice mode
     */
    public static ApplyArguments parse(List<String> args) {
        Path profile = null;
        Path jobsFile = null;
        Path report = null;
        List<String> jobLinks = new ArrayList<>();
        boolean headless = false;
        boolean review = false;
        boolean practice = false;
        OptionReader options = new OptionReader("apply", args);
        while (options.hasNext()) {
            String name = options.next();
            switch (name) {
                case "--help":
                case "-h":
                    return new ApplyArguments(null, List.of(), null, false, false, null, false, true);
                case "--headless":
                    headless = true;
                    break;
                case "--review":
                    review = true;
                    break;
                case "--practice":
                    practice = true;
                    break;
                case "--profile":
                    profile = Path.of(options.value(name, "FILE"));
                    break;
                case "--job":
                    jobLinks.add(options.value(name, "URL"));
                    break;
                case "--jobs":
                    jobsFile = Path.of(options.value(name, "FILE"));
                    break;
                case "--report":
                    report = Path.of(options.value(name, "FILE"));
                    break;
                default:
                    throw options.unknown();
            }
        }
        if (profile == null && !practice) {
            throw OptionReader.invalid("Say which profile to apply with: --profile FILE (or use --practice to apply "
                    + "as the demo candidate on the practice job site).", "--profile");
        }
        return new ApplyArguments(profile, jobLinks, jobsFile, headless, review, report, practice, false);
    }
}
