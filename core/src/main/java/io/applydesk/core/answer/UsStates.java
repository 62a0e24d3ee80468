package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * US states, the District of Columbia and the territories, by name and postal abbreviation.
 * Abbreviations count only in capitals ("OR" is Oregon, "or" is a word).
 */
public final class UsStates {
    private static final String[][] STATES = {
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"FL", "Florida"}, {"GA", "Georgia"},
            {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"},
            {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"},
            {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"},
            {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"},
            {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"},
            {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
            {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
            {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
            {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"DC", "District of Columbia"},
            {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"AS", "American Samoa"},
            {"MP", "Northern Mariana Islands"}};

    /** Normalised name → abbreviation. */
    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String[] state : STATES) {
            BY_NAME.put(QuestionText.normalise(state[1]), state[0]);
            NAMES.put(state[0], state[1]);
        }
        BY_NAME.put("washington dc", "DC");
        BY_NAME.put("washington d c", "DC");
    }

    private UsStates() {
    }

    /** The postal abbreviation a text names by full name or abbreviation: "Texas" or "TX" → "TX". */
    public static Optional<String> code(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace(".", "");
        if (trimmed.matches("[A-Z]{2}") && NAMES.containsKey(trimmed)) {
            return Optional.of(trimmed);
        }
        return Optional.ofNullable(BY_NAME.get(QuestionText.normalise(text)));
    }
}
