package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** How a phone question wants the number written, read from its label and placeholder. */
enum PhoneShape {
    /** "+1 5125550147": the calling code and the number as the candidate typed it. */
    AS_TYPED("the number as typed", CandidatePhone::codeAndNumber),
    /** "+15125550147". */
    E164("E.164", CandidatePhone::e164),
    /** "+1 512-555-0147". */
    INTERNATIONAL("international format", CandidatePhone::international),
    /** "(512) 555-0147". */
    NATIONAL("national format", CandidatePhone::national),
    /** "5125550147": beside a separate country-code field. */
    NATIONAL_DIGITS("national number without the country code", CandidatePhone::nationalNumber);

    private static final Pattern WITHOUT_CODE = Pattern.compile(
            "\\b(without|excluding|no|minus) (the )?(country|area and country|calling) code\\b|\\b(local|national) (phone )?number\\b");
    private static final Pattern WITH_CODE = Pattern.compile(
            "\\binternational\\b|\\b(with|include|including|incl) (the )?(country|calling) code\\b");
    private static final Pattern E164_WORDS = Pattern.compile("\\be ?164\\b");
    private static final Pattern NATIONAL_WORDS = Pattern.compile("\\bnational format\\b");
    /** A placeholder that is an example number: at least seven digits among phone punctuation. */
    private static final Pattern EXAMPLE_NUMBER = Pattern.compile("\\+?[\\d\\s().\\-]{7,}");

    private final String description;
    private final Function<CandidatePhone, String> writer;

    PhoneShape(String description, Function<CandidatePhone, String> writer) {
        this.description = description;
        this.writer = writer;
    }

    String description() {
        return description;
    }

    String write(CandidatePhone phone) {
        return writer.apply(phone);
    }

    /** The shape the label says, else the shape of the placeholder's example number, else {@link #AS_TYPED}. */
    static PhoneShape askedBy(FormQuestion question) {
        String words = QuestionText.normalise(question.formatHints());
        if (E164_WORDS.matcher(words).find()) {
            return E164;
        }
        if (WITHOUT_CODE.matcher(words).find()) {
            return NATIONAL_DIGITS;
        }
        if (NATIONAL_WORDS.matcher(words).find()) {
            return NATIONAL;
        }
        if (WITH_CODE.matcher(words).find()) {
            return INTERNATIONAL;
        }
        String example = question.placeholder() == null ? "" : question.placeholder().strip();
        if (!EXAMPLE_NUMBER.matcher(example).matches() || example.replaceAll("\\D", "").length() < 7) {
            return AS_TYPED;
        }
        if (example.startsWith("+")) {
            return example.substring(1).matches("\\d+") ? E164 : INTERNATIONAL;
        }
        return example.matches("\\d+") ? NATIONAL_DIGITS : NATIONAL;
    }

    /**
     * The option of a country-code select for this phone: the one showing its calling code
     * ("+1", "United States (+1)"), narrowed to the candidate's country when several share the code;
     * or, when options are bare country names, the candidate's country.
     */
    static Optional<String> callingCodeOption(CandidatePhone phone, List<String> options) {
        Pattern code = Pattern.compile("(^|\\+|\\()" + phone.callingCode() + "(?!\\d)");
        List<String> withCode = options.stream()
                .filter(o -> code.matcher(o.strip()).find() && (o.contains("+") || o.strip().matches("\\d+")))
                .toList();
        if (withCode.size() == 1) {
            return Optional.of(withCode.get(0));
        }
        List<String> candidates = withCode.isEmpty() ? options : withCode;
        List<String> sameCountry = candidates.stream()
                .filter(o -> Countries.code(o.replaceAll("[+(]?\\+?\\d+\\)?", "").strip()).equals(Optional.of(phone.regionCode()))
                        || List.of(o.split("[^A-Za-z]+")).contains(phone.regionCode()))
                .toList();
        return sameCountry.size() == 1 ? Optional.of(sameCountry.get(0)) : Optional.empty();
    }
}
