package io.applydesk.app.cli;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
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
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
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
                case "--job":
                case "--jobs":
                case "--report":
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw invalid("The option " + name + " needs a value, for example: " + name + " "
                                    + (name.equals("--job") ? "URL" : "FILE") + ".", name);
                        }
                        value = args.get(++i);
                    }
                    if (name.equals("--profile")) {
                        profile = Path.of(value);
                    } else if (name.equals("--job")) {
                        jobLinks.add(value);
                    } else if (name.equals("--jobs")) {
                        jobsFile = Path.of(value);
                    } else {
                        report = Path.of(value);
                    }
                    break;
                default:
                    throw invalid("'" + arg + "' is not an option of apply. Run 'applydesk apply --help' to see them.",
                            arg);
            }
        }
        if (profile == null && !practice) {
            throw invalid("Say which profile to apply with: --profile FILE (or use --practice to apply as the demo "
                    + "candidate on the practice job site).", "--profile");
        }
        return new ApplyArguments(profile, jobLinks, jobsFile, headless, review, report, practice, false);
    }

    private static ApplyDeskException invalid(String sentence, String details) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, sentence, details);
    }
}
