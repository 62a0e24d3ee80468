package io.applydesk.core.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.Locale;

/** The kind of contract, named as the hosted API's {@code jobType} filter. */
public enum JobType {
    FULL_TIME("full-time"),
    PART_TIME("part-time"),
    CONTRACT("contract"),
    INTERNSHIP("internship");

    private final String wireName;

    JobType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * Reads the boards' spellings: "Full-time", "FullTime", "fulltime", "permanent", "Intern", "Temporary",
     * "freelance", ...; null when unknown. Temporary and freelance work count as contracts.
     */
    public static JobType parse(String text) {
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "fulltime":
            case "permanent":
            case "regular":
                return FULL_TIME;
            case "parttime":
                return PART_TIME;
            case "contract":
            case "contractor":
            case "temporary":
            case "temp":
            case "freelance":
            case "fixedterm":
                return CONTRACT;
            case "intern":
            case "internship":
            case "trainee":
                return INTERNSHIP;
            default:
                return null;
        }
    }

    /** The filter value of a search request; anything but the four names is refused. */
    @JsonCreator
    public static JobType fromWire(String text) {
        JobType type = parse(text);
        if (type == null) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The job type '" + text + "' is not one of full-time, part-time, contract or internship.", "jobType");
        }
        return type;
    }
}
