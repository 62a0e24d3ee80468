package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Maps a wanted answer onto one of the options a form offers, conservatively. A number ("7") is
 * the option written the same or the one bucket holding it ("6-9", "5+ years"). Other answers are
 * tried in order: exact text (ignoring case, spacing and punctuation); yes/no synonyms ("Y", "True",
 * "I am", "Yes, I am authorized"); the same country ("USA" = "United States of America"); the same
 * US state ("TX" = "Texas"); the same degree level ("Bachelor of Science" = "Bachelor's Degree"); a
 * single option that begins with the wanted words. Each synonym step picks an option only when
 * exactly one option means the same; never "the closest".
 */
final class ChoiceMatcher {
    /**
     * How a list answer is split, tried in turn: semicolons and new lines first (the answer bank joins chosen options
     * with "; ", and an option may hold a comma: "Remote (EU, UK)"), then commas too ("Berlin, Lisbon").
     */
    private static final List<Pattern> LIST_SEPARATORS = List.of(Pattern.compile("[;\\n]"),
            Pattern.compile("[;,\\n]"));
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    /** Normalised answers and option beginnings that mean yes, and no ("I am not" is tried before "I am"). */
    private static final List<String> NO_WORDS = List.of("no", "n", "false", "i am not", "im not", "i do not",
            "i dont", "i will not", "i wont", "i have not", "i havent");
    private static final List<String> YES_WORDS = List.of("yes", "y", "true", "i am", "im", "i do", "i will",
            "i have", "i agree");

    /** Phrases that mark an option declining to answer (normalised). */
    private static final List<String> DECLINE_PHRASES = List.of(
            "decline", "dont wish", "do not wish", "dont want", "do not want", "prefer not",
            "rather not", "choose not", "not to answer", "not to disclose", "not to self identify");

    private ChoiceMatcher() {
    }

    /** The offered option that means {@code wanted}, if exactly one does. */
    static Optional<String> match(String wanted, List<String> options) {
        String target = QuestionText.normalise(wanted);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (NUMBER.matcher(wanted.strip()).matches()) {
            return matchNumber(wanted.strip(), options);
        }
        for (String option : options) {
            if (QuestionText.normalise(option).equals(target)) {
                return Optional.of(option);
            }
        }
        Optional<Boolean> yesNo = yesNo(target);
        if (yesNo.isPresent()) {
            // a yes/no answer never falls through to countries ("No" is not Norway) or prefixes
            return single(options, o -> !isDecline(o) && yesNo.equals(yesNoOption(QuestionText.normalise(o))));
        }
        Optional<String> sameThing = sameKind(wanted, options, Countries::code)
                .or(() -> sameKind(wanted, options, UsStates::code))
                .or(() -> sameKind(wanted, options, DegreeLevel::of));
        if (sameThing.isPresent()) {
            return sameThing;
        }
        return single(options, o -> QuestionText.normalise(o).startsWith(target + " "));
    }

    /**
     * A number is the option written the same ("7"), else the one bucket holding it ("6-9"). Not by
     * normalised text: that would make "10" equal "10+" even when "5-10" is offered too.
     */
    private static Optional<String> matchNumber(String number, List<String> options) {
        Optional<String> same = options.stream().filter(o -> o.strip().equals(number)).findFirst();
        if (same.isPresent()) {
            return same;
        }
        double value = Double.parseDouble(number);
        return single(options, o -> NumberRange.parse(o).filter(r -> r.contains(value)).isPresent());
    }

    /**
     * The offered options meant by a list answer ("Berlin, Lisbon" or "Berlin; Lisbon"): the whole
     * answer when it is one option, else every listed part, each of which must match an option.
     */
    static Optional<List<String>> matchSeveral(String wanted, List<String> options) {
        Optional<String> whole = match(wanted, options);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        return LIST_SEPARATORS.stream().map(separators -> matchEach(separators.split(wanted), options))
                .flatMap(Optional::stream).findFirst();
    }

    /** The options the parts mean, when every part means one. */
    private static Optional<List<String>> matchEach(String[] parts, List<String> options) {
        List<String> chosen = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> option = match(part, options);
            if (option.isEmpty()) {
                return Optional.empty();
            }
            if (!chosen.contains(option.get())) {
                chosen.add(option.get());
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(chosen));
    }

    /** The option that declines to answer ("Decline To Self Identify", "I don't wish to answer"). */
    static Optional<String> declineOption(List<String> options) {
        return options.stream().filter(ChoiceMatcher::isDecline).findFirst();
    }

    private static boolean isDecline(String option) {
        String n = QuestionText.normalise(option);
        return DECLINE_PHRASES.stream().anyMatch(p -> QuestionText.containsWords(n, p));
    }

    /** True/false when a normalised answer is exactly a yes or no word ("yes", "I am not"). */
    private static Optional<Boolean> yesNo(String normalised) {
        if (NO_WORDS.contains(normalised)) {
            return Optional.of(false);
        }
        return YES_WORDS.contains(normalised) ? Optional.of(true) : Optional.empty();
    }

    /** True/false when a normalised option begins with a yes or no word ("Yes, I am authorized"). */
    private static Optional<Boolean> yesNoOption(String normalised) {
        for (String no : NO_WORDS) {
            if ((normalised + " ").startsWith(no + " ")) {
                return Optional.of(false);
            }
        }
        for (String yes : YES_WORDS) {
            if ((normalised + " ").startsWith(yes + " ")) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }

    /** The one option that names the same thing as {@code wanted} under {@code identify}. */
    private static <T> Optional<String> sameKind(String wanted, List<String> options, Function<String, Optional<T>> identify) {
        Optional<T> wantedThing = identify.apply(wanted);
        if (wantedThing.isEmpty()) {
            return Optional.empty();
        }
        return single(options, o -> identify.apply(o).equals(wantedThing));
    }

    private static Optional<String> single(List<String> options, Predicate<String> means) {
        List<String> hits = options.stream().filter(means).toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }
}
