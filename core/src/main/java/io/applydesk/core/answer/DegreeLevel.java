package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The level of a degree however it is written: "Bachelor of Science", "BSc", "Bachelor's Degree"
 * are all {@link #BACHELOR}. Ordered from lowest to highest, so the highest degree is the maximum.
 */
enum DegreeLevel {
    HIGH_SCHOOL("\\bhigh school\\b|\\bsecondary\\b|\\bged\\b|\\bdiploma\\b|\\ba levels?\\b"),
    ASSOCIATE("\\bassociates?\\b|\\ba a s?\\b|^a s$|^aa$|^aas$"),
    BACHELOR("\\bbachelors?\\b|\\bundergraduate\\b|\\bb ?sc?\\b|\\bb ?a\\b|\\bb ?eng?\\b|\\bb ?tech\\b|\\bbs\\b|\\bba\\b"),
    MASTER("\\bmasters?\\b|\\bm ?sc?\\b|\\bm ?a\\b|\\bmba\\b|\\bm ?eng?\\b|\\bms\\b|\\bma\\b|\\bgraduate degree\\b"),
    DOCTORATE("\\bdoctor(ate|al)?\\b|\\bph ?d\\b|\\bd ?phil\\b|\\bj ?d\\b|\\bm ?d\\b|\\bed ?d\\b");

    private final Pattern words;

    DegreeLevel(String regex) {
        this.words = Pattern.compile(regex);
    }

    /**
     * The one level a text names, or empty when it names none or several ("Bachelor's or Master's").
     * "Doctor of Medicine" is a doctorate, not a "Master".
     */
    static Optional<DegreeLevel> of(String text) {
        String normalised = QuestionText.normalise(text);
        List<DegreeLevel> named = Arrays.stream(values())
                .filter(level -> level.words.matcher(normalised).find())
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
