package io.applydesk.app.cli;

import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.json.ApiEnums;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.util.List;
import java.util.function.Function;

/**
 * The options of {@code applydesk sessions} and {@code applydesk runs SESSION_ID}, named and checked
 * as the hosted API's {@code GET /sessions} and {@code GET /sessions/:id/runs} parameters.
 *
 * @param sessionId the session whose runs to list ({@code runs} only), else null
 * @param status    the session status to list ({@code sessions} only), or null
 * @param type      the session type to list ({@code sessions} only), or null
 * @param runStatus the run status to list ({@code runs} only), or null
 * @param page      the page asked for (defaults: page 1, 20 a page)
 * @param json      print the API's {@code {data, pagination}} JSON instead of a table
 * @param practice  list what was done on the practice job site (its own data directory)
 */
public record ListArguments(String sessionId, SessionStatus status, SessionType type, RunStatus runStatus,
                            PageRequest page, boolean json, boolean practice, boolean help) {

    /** The {@code GET /sessions} query these options ask for. */
    public SessionQuery sessionQuery() {
        return new SessionQuery(status, type, page);
    }

    /**
     * Parses the arguments that follow {@code sessions}.
     *
     * @throws ApplyDeskException VALIDATION_ERROR naming the option that is unknown, lacks its value or has a bad one
     */
    public static ListArguments parseSessions(List<String> args) {
        return parse("sessions", args);
    }

    /**
     * Parses the arguments that follow {@code runs}: the session id, then options.
     *
     * @throws ApplyDeskException VALIDATION_ERROR as {@link #parseSessions}, or when the session id is missing
     */
    public static ListArguments parseRuns(List<String> args) {
        return parse("runs", args);
    }

    private static ListArguments parse(String command, List<String> args) {
        boolean runs = command.equals("runs");
        String sessionId = null;
        SessionStatus status = null;
        SessionType type = null;
        RunStatus runStatus = null;
        Integer page = null;
        Integer limit = null;
        boolean json = false;
        boolean practice = false;
        OptionReader options = new OptionReader(command, args);
        while (options.hasNext()) {
            String name = options.next();
            switch (name) {
                case "--help":
                case "-h":
                    return new ListArguments(null, null, null, null, PageRequest.of(null, null), false, false, true);
                case "--json":
                    json = true;
                    break;
                case "--practice":
                    practice = true;
                    break;
                case "--page":
                    page = options.intValue(name, 1, Integer.MAX_VALUE);
                    break;
                case "--limit":
                    limit = options.intValue(name, 1, PageRequest.MAX_LIMIT);
                    break;
                case "--status":
                    String value = options.value(name, "STATUS");
                    if (runs) {
                        runStatus = enumValue(RunStatus.class, value, name, RunStatus::apiValue);
                    } else {
                        status = enumValue(SessionStatus.class, value, name, SessionStatus::apiValue);
                    }
                    break;
                case "--type":
                    if (runs) {
                        throw options.unknown();
                    }
                    type = enumValue(SessionType.class, options.value(name, "TYPE"), name, SessionType::apiValue);
                    break;
                default:
                    if (!runs || name.startsWith("-") || sessionId != null) {
                        throw options.unknown();
                    }
                    sessionId = name.trim();
            }
        }
        if (runs && (sessionId == null || sessionId.isEmpty())) {
            throw OptionReader.invalid("Say whose runs to list: applydesk runs SESSION_ID (the ids are in "
                    + "'applydesk sessions').", "SESSION_ID");
        }
        return new ListArguments(sessionId, status, type, runStatus, PageRequest.of(page, limit), json, practice,
                false);
    }

    /** The API's value in any letter case; the refusal starts with the option's name. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String option,
                                                   Function<E, String> apiName) {
        String field = option.substring(2);
        try {
            return ApiEnums.parse(type, value, field, apiName);
        } catch (ApplyDeskException e) {
            throw OptionReader.invalid(option + ": " + e.getMessage(), option);
        }
    }
}
