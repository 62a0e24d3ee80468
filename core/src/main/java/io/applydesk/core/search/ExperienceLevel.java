package io.applydesk.core.search;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.applydesk.core.common.QuestionText;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Seniority, named as the hosted API's {@code experienceLevel} filter. */
public enum ExperienceLevel {
    INTERN, JUNIOR, MID, SENIOR, LEAD, EXECUTIVE;

    /**
     * Title words that say the level; checked from the top so "Senior Engineering Manager" is lead and "Senior
     * Intern" is intern. "II" is mid, "III" and above senior (Engineer II / III ladders).
     */
    private static final List<Map.Entry<ExperienceLevel, List<String>>> TITLE_WORDS = List.of(
            Map.entry(INTERN, List.of("intern", "internship", "co op", "coop", "apprentice", "working student")),
            Map.entry(EXECUTIVE, List.of("chief", "ceo", "cto", "cfo", "coo", "vp", "vice president", "president",
                    "director", "head of", "executive", "svp", "evp")),
            Map.entry(LEAD, List.of("lead", "principal", "staff", "distinguished")),
            Map.entry(SENIOR, List.of("senior", "sr", "iii", "iv", "v", "expert")),
            Map.entry(JUNIOR, List.of("junior", "jr", "entry level", "graduate", "new grad", "associate", "i")),
            Map.entry(MID, List.of("ii", "mid", "intermediate")));

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a job title says, MID when it names none (a plain "Software Engineer"). */
    public static ExperienceLevel fromTitle(String title) {
        String words = " " + QuestionText.normalise(title) + " ";
        for (Map.Entry<ExperienceLevel, List<String>> level : TITLE_WORDS) {
            for (String word : level.getValue()) {
                if (words.contains(" " + word + " ")) {
                    return level.getKey();
                }
            }
        }
        return MID;
    }

    /**
     * A board's own level value (SmartRecruiters {@code experienceLevel.id}, Recruitee {@code experience_code}),
     * or null when it says nothing usable (e.g. {@code mid_senior_level}, {@code not_applicable}).
     */
    public static ExperienceLevel fromApi(String value) {
        if (value == null) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "internship":
            case "intern":
            case "student":
                return INTERN;
            case "entrylevel":
            case "associate":
            case "junior":
                return JUNIOR;
            case "midlevel":
            case "experienced":
                return MID;
            case "senior":
            case "seniorlevel":
                return SENIOR;
            case "lead":
            case "manager":
                return LEAD;
            case "director":
            case "executive":
                return EXECUTIVE;
            default:
                return null;
        }
    }

    /** The filter value of a search request; anything but the six names is refused. */
    @JsonCreator
    public static ExperienceLevel fromWire(String text) {
        for (ExperienceLevel level : values()) {
            if (level.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return level;
            }
        }
        throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The experience level '" + text
                + "' is not one of intern, junior, mid, senior, lead or executive.", "experienceLevel");
    }
}
