package io.applydesk.app.cli;

import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.search.WorkType;
import io.applydesk.core.session.SessionService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code applydesk autopilot} (an autopilot_once session) and {@code applydesk search}: the
 * search filters, named as the hosted API's {@code POST /jobs/search} and autopilot {@code filters}.
 *
 * @param titles    the {@code --title} values (at least one)
 * @param locations the {@code --location} values
 * @param workTypes the {@code --work-type} values
 * @param maxJobs   {@code --max-jobs}: at most this many jobs (autopilot: per run, 1..100; search: results, 1..500)
 * @param json      {@code search} only: print the jobs as JSON instead of a table
 * @param run       the options shared by the commands that apply; for {@code search} only its profile and
 *                  practice mode count
 */
record AutopilotArguments(List<String> titles, List<String> locations, List<WorkType> workTypes, Integer maxJobs,
                          boolean json, RunOptions run, boolean help) {

    AutopilotArguments {
        titles = List.copyOf(titles);
        locations = List.copyOf(locations);
        workTypes = List.copyOf(workTypes);
    }

    /** The search these options ask for. */
    SearchRequest searchRequest() {
        return new SearchRequest(titles, locations, workTypes, List.of(), List.of(), null, null, maxJobs, List.of(),
                List.of(), List.of());
    }

    /** Parses the arguments that follow {@code autopilot}. */
    static AutopilotArguments parseAutopilot(List<String> args) {
        return parse("autopilot", args);
    }

    /** Parses the arguments that follow {@code search}. */
    static AutopilotArguments parseSearch(List<String> args) {
        return parse("search", args);
    }

    /** @throws io.applydesk.core.error.ApplyDeskException VALIDATION_ERROR naming the option at fault */
    private static AutopilotArguments parse(String command, List<String> args) {
        boolean autopilot = command.equals("autopilot");
        List<String> titles = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        List<WorkType> workTypes = new ArrayList<>();
        Integer maxJobs = null;
        boolean json = false;
        boolean practice = false;
        Path profile = null;
        RunOptions.Reader shared = new RunOptions.Reader();
        OptionReader options = new OptionReader(command, args);
        while (options.hasNext()) {
            String name = options.next();
            if (autopilot && shared.read(name, options)) {
                continue;
            }
            switch (name) {
                case "--help":
                case "-h":
                    return new AutopilotArguments(List.of(), List.of(), List.of(), null, false, null, true);
                case "--title":
                    titles.add(options.value(name, "TITLE"));
                    break;
                case "--location":
                    locations.add(options.value(name, "PLACE"));
                    break;
                case "--work-type":
                    String type = options.value(name, "TYPE");
                    try {
                        workTypes.add(WorkType.fromWire(type));
                    } catch (RuntimeException e) {
                        throw OptionReader.invalid("--work-type: '" + type + "' is not one of Remote, On-site or "
                                + "Hybrid.", name);
                    }
                    break;
                case "--max-jobs":
                    maxJobs = options.intValue(name, 1, autopilot ? SessionService.MAX_JOBS : SearchRequest.MAX_RESULTS);
                    break;
                case "--json":
                    if (autopilot) {
                        throw options.unknown();
                    }
                    json = true;
                    break;
                case "--practice":
                    practice = true;
                    break;
                case "--profile":
                    profile = Path.of(options.value(name, "FILE"));
                    break;
                default:
                    throw options.unknown();
            }
        }
        if (titles.isEmpty()) {
            throw OptionReader.invalid("Say which job title to look for: --title \"Software Engineer\" (repeat it "
                    + "for several titles).", "--title");
        }
        RunOptions run = autopilot ? shared.done("apply") : new RunOptions(profile, true, false, null, practice);
        return new AutopilotArguments(titles, locations, workTypes, maxJobs, json, run, false);
    }
}
