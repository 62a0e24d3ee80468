package io.applydesk.core.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.Locale;

/** Where the work happens, with the hosted API's wire names ({@code Remote | On-site | Hybrid}); hybrid is not remote. */
public enum WorkType {
    REMOTE("Remote"),
    ON_SITE("On-site"),
    HYBRID("Hybrid");

    private final String wireName;

    WorkType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Reads any spelling the board APIs use ("onsite", "on-site", "OnSite", "remote", ...); null when unknown. */
    public static WorkType parse(String text) {
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "remote":
                return REMOTE;
            case "onsite":
            case "inoffice":
            case "office":
                return ON_SITE;
            case "hybrid":
                return HYBRID;
            default:
                return null;
        }
    }

    /** The filter value of a search request: one of the wire names (any case); anything else is refused. */
    @JsonCreator
    public static WorkType fromWire(String text) {
        WorkType type = parse(text);
        if (type == null) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The work type '" + text + "' is not one of Remote, On-site or Hybrid.", "workType");
        }
        return type;
    }
}
