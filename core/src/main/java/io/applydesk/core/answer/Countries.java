package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as forms write them, resolved to ISO 3166 alpha-2 codes: English names from the JDK,
 * the usual informal names ("USA", "U.S.", "Great Britain") and the alpha-2 / alpha-3 codes.
 * Codes count only when written in capitals, so "No" or "in" are never read as Norway or India.
 */
public final class Countries {
    /** Normalised name → ISO alpha-2 code. */
    private static final Map<String, String> BY_NAME = new HashMap<>();
    /** Upper-case alpha-2 and alpha-3 code → alpha-2 code. */
    private static final Map<String, String> BY_CODE = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            BY_NAME.put(QuestionText.normalise(locale.getDisplayCountry(Locale.ENGLISH)), code);
            BY_CODE.put(code, code);
            BY_CODE.put(locale.getISO3Country(), code);
        }
        alias("US", "united states of america", "usa", "u s", "u s a", "the us", "the united states", "america");
        alias("GB", "uk", "u k", "the uk", "great britain", "britain", "england", "scotland", "wales",
                "northern ireland", "united kingdom of great britain and northern ireland");
        alias("AE", "uae", "u a e");
        alias("KR", "south korea", "korea republic of", "republic of korea", "korea");
        alias("KP", "north korea");
        alias("RU", "russia", "russian federation");
        alias("CZ", "czech republic", "czechia");
        alias("NL", "the netherlands", "holland");
        alias("VN", "viet nam");
        alias("IR", "iran islamic republic of");
        alias("TW", "taiwan province of china", "republic of china");
        alias("TR", "turkiye", "turkey");
        alias("CI", "ivory coast", "cote divoire");
        BY_CODE.put("UK", "GB");
    }

    private Countries() {
    }

    private static void alias(String code, String... names) {
        for (String name : names) {
            BY_NAME.put(name, code);
        }
    }

    /** The ISO alpha-2 code a text names, e.g. "United States of America", "U.S.", "USA" → "US". */
    public static Optional<String> code(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace(".", "");
        if (trimmed.matches("[A-Z]{2,3}") && BY_CODE.containsKey(trimmed)) {
            return Optional.of(BY_CODE.get(trimmed));
        }
        return Optional.ofNullable(BY_NAME.get(QuestionText.normalise(text)));
    }

    /** Every normalised name of an ISO alpha-2 code, e.g. "US" → "united states", "usa", "u s", ... */
    static List<String> names(String code) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
