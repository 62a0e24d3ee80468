package io.applydesk.core.search.filter;

import io.applydesk.core.search.ExperienceLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Does a job title answer a title the candidate searched for?
 *
 * <p>Both titles are normalised the same way (so synonyms work both ways): lower case, punctuation dropped,
 * "Back-end"/"Back End" → backend, "Full Stack" → fullstack, "SWE"/"SDE" → software engineer, "Developer" →
 * engineer, "Sr"/"Jr" → senior/junior. Seniority and level words (senior, junior, lead, staff, principal, intern,
 * II, III, ...) are then set aside: a query matches when all its remaining role words are in the posting's title.
 * The seniority a query names is not matched as words but as the posting's experience level (see
 * {@link #levelOf(String)}), so "Senior SWE" finds "Software Engineer III".
 */
public final class TitleMatcher {
    private static final List<Map.Entry<Pattern, String>> PHRASES = List.of(
            Map.entry(Pattern.compile("\\bback[\\s-]*end\\b"), "backend"),
            Map.entry(Pattern.compile("\\bfront[\\s-]*end\\b"), "frontend"),
            Map.entry(Pattern.compile("\\bfull[\\s-]*stack\\b"), "fullstack"),
            Map.entry(Pattern.compile("\\bdev[\\s-]*ops\\b"), "devops"),
            Map.entry(Pattern.compile("\\bnew[\\s-]*grad(uate)?\\b"), "junior"),
            Map.entry(Pattern.compile("\\bentry[\\s-]*level\\b"), "junior"),
            Map.entry(Pattern.compile("\\bmachine[\\s-]*learning\\b"), "ml"),
            Map.entry(Pattern.compile("\\b(swe|sde)\\b"), "software engineer"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("sr", "senior"), Map.entry("snr", "senior"), Map.entry("jr", "junior"),
            Map.entry("developer", "engineer"), Map.entry("dev", "engineer"), Map.entry("programmer", "engineer"),
            Map.entry("eng", "engineer"), Map.entry("engineers", "engineer"), Map.entry("developers", "engineer"),
            Map.entry("mgr", "manager"), Map.entry("internship", "intern"));
    /** Words that say seniority or a level on a ladder, not the role. */
    private static final Set<String> LEVEL_WORDS = Set.of("senior", "junior", "lead", "staff", "principal", "intern",
            "mid", "level", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5", "associate", "entry", "graduate",
            "experienced", "expert");
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "and", "for", "to", "in", "at",
            "with", "or", "on");

    private TitleMatcher() {
    }

    /** The title's words after normalisation, seniority words included, in order. */
    public static List<String> normalisedWords(String title) {
        String text = (title == null ? "" : title).toLowerCase(Locale.ROOT).replace("&", " and ")
                .replace("c++", "cplusplus").replace("c#", "csharp").replace(".net", "dotnet");
        for (Map.Entry<Pattern, String> phrase : PHRASES) {
            text = phrase.getKey().matcher(text).replaceAll(phrase.getValue());
        }
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
            if (!raw.isEmpty()) {
                words.add(WORDS.getOrDefault(raw, raw));
            }
        }
        return words;
    }

    /** The role words of a title: normalised, without seniority, level and filler words. */
    public static Set<String> roleWords(String title) {
        Set<String> words = new LinkedHashSet<>(normalisedWords(title));
        words.removeAll(LEVEL_WORDS);
        words.removeAll(STOP_WORDS);
        return words;
    }

    /** The experience level a searched title names ("Senior ...", "Jr ...", "... Intern"), or null when none. */
    public static ExperienceLevel levelOf(String queryTitle) {
        List<String> words = normalisedWords(queryTitle);
        if (words.stream().noneMatch(LEVEL_WORDS::contains)) {
            return null;
        }
        return ExperienceLevel.fromTitle(String.join(" ", words));
    }

    /** True when every role word of {@code queryTitle} is in {@code postingTitle}. */
    public static boolean matches(String queryTitle, String postingTitle) {
        Set<String> query = roleWords(queryTitle);
        return !query.isEmpty() && roleWords(postingTitle).containsAll(query);
    }
}
