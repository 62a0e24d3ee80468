package io.applydesk.core.profile;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a profile must meet: to be saved (mandatory personal fields, and no value that is clear
 * nonsense: see {@link #problemsIn(Profile)}) and to apply with (also a resume). The one place these
 * checks live: saving, importing and the editor's messages beside each field all ask here. Stateless;
 * the mandatory fields are passed in.
 */
public final class ProfileValidator {
    // Deliberately loose: one @, no spaces, a dot in the domain. Forms do their own stricter checks.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    // Digits as people write them the world over: "+1 (206) 555-0198", "030/1234567", "06.12.34.56.78",
    // with an extension after ("… ext. 12", "… x12").
    private static final Pattern PHONE =
            Pattern.compile("\\+?[\\d\\s().\\-/]+((ext\\.?|x)\\s*\\d{1,6})?", Pattern.CASE_INSENSITIVE);
    private static final int PHONE_MIN_DIGITS = 4;
    private static final int PHONE_MAX_DIGITS = 20;
    // "+1", "44", "0044", "+1-684": a calling code, with the area some countries add.
    private static final Pattern COUNTRY_CODE = Pattern.compile("(\\+|00)?\\s*\\d{1,3}([\\s-]\\d{1,4})?");
    // Postal codes of every country have a digit: "98101", "SW1A 1AA", "00-950", "D02 X285", "018981".
    private static final Pattern POSTAL_CODE = Pattern.compile("(?=.*\\d)[\\p{L}\\d][\\p{L}\\d -]{1,11}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    /**
     * One value a profile cannot keep.
     *
     * @param field   where it is, as an error's details name it: {@code personalInformation.phoneNumber},
     *                {@code workExperience[1].endDate}; for one list entry's own checks just {@code endDate}
     * @param message why, in a sentence a person who is not a programmer understands
     */
    public record Problem(String field, String message) {
    }

    private final MandatoryFields mandatory;

    public ProfileValidator(MandatoryFields mandatory) {
        this.mandatory = mandatory;
    }

    /** The one email plausibility check, also used for a session's overrideEmail. */
    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches();
    }

    /**
     * Checks what a profile needs to be stored: PROFILE_INCOMPLETE naming the blank mandatory fields, else
     * VALIDATION_ERROR for the first of {@link #problemsIn(Profile)}, its field in the details.
     */
    public void validateForSave(Profile p) {
        List<String> missing = missingPersonalFields(p);
        if (!missing.isEmpty()) {
            throw incomplete(missing, "Fill them in before saving.");
        }
        problemsIn(p).stream().findFirst().ifPresent(problem -> {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, problem.message(), problem.field());
        });
    }

    /** Checks what applying needs: the mandatory fields and a resume; throws PROFILE_INCOMPLETE. */
    public void requireComplete(Profile p) {
        List<String> missing = new ArrayList<>(missingPersonalFields(p));
        if (p.defaultResume() == null) {
            missing.add("a resume");
        }
        if (!missing.isEmpty()) {
            throw incomplete(missing, "Fill them in before applying.");
        }
    }

    /**
     * Every value of {@code p} that is clear nonsense, in form order: personal fields, links, then the
     * entries of work experience, education and certifications. Blank values are not problems here
     * (whether they may be blank is the mandatory fields' business).
     */
    public static List<Problem> problemsIn(Profile p) {
        List<Problem> problems = new ArrayList<>();
        for (PersonalField field : PersonalField.values()) {
            problemWith(field, field.valueIn(p.personalInformation())).ifPresent(message ->
                    problems.add(new Problem("personalInformation." + field.apiName(), message)));
        }
        for (ProfileLink link : ProfileLink.values()) {
            problemWith(link, link.valueIn(p.miscellaneous())).ifPresent(message ->
                    problems.add(new Problem("miscellaneous." + link.apiName(), message)));
        }
        addEntryProblems(problems, "workExperience", p.workExperience(), ProfileValidator::problemsIn);
        addEntryProblems(problems, "education", p.education(), ProfileValidator::problemsIn);
        addEntryProblems(problems, "certifications", p.certifications(), ProfileValidator::problemsIn);
        return problems;
    }

    /** Why {@code value} cannot be the profile's {@code field}, or empty (also when blank). */
    public static Optional<String> problemWith(PersonalField field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        switch (field) {
            case EMAIL:
                return isEmail(text) ? Optional.empty()
                        : Optional.of("'" + text + "' is not a valid email address.");
            case PHONE_NUMBER:
                return isPhoneNumber(text) ? Optional.empty() : Optional.of("The phone number must be digits, like "
                        + "206 555 0198 (spaces, dashes, brackets and a + in front are fine).");
            case COUNTRY_CODE:
                return COUNTRY_CODE.matcher(text).matches() ? Optional.empty()
                        : Optional.of("The phone country code must be digits with a + in front, like +1 or +44.");
            case ZIP_CODE:
                return POSTAL_CODE.matcher(text).matches() ? Optional.empty() : Optional.of("The ZIP code must be "
                        + "a postal code like 98101 or SW1A 1AA: letters, digits, spaces and dashes.");
            default:
                return Optional.empty();
        }
    }

    /** Why {@code url} cannot be the profile's {@code link}, or empty (also when blank). */
    public static Optional<String> problemWith(ProfileLink link, String url) {
        if (url == null || url.isBlank() || isWebAddress(url.trim())) {
            return Optional.empty();
        }
        return Optional.of("The " + link.words() + " link must be a web address starting with https:// (copy it "
                + "from your browser's address bar).");
    }

    /** What is wrong with one job, each problem naming the field it is shown beside ({@code endDate} …). */
    public static List<Problem> problemsIn(WorkExperience job) {
        List<Problem> problems = new ArrayList<>();
        String which = name(joined(job.jobTitle(), " at ", job.company()), "A job");
        if (job.currentlyWorkHere() && job.endDate() != null && !job.endDate().isBlank()) {
            problems.add(new Problem("endDate", which + " has an end date although you still work there: clear "
                    + "the end date, or say you no longer work there."));
        } else if (endsBeforeItStarts(job.startDate(), job.endDate())) {
            problems.add(endsBeforeItStarts(which));
        }
        return problems;
    }

    /** What is wrong with one school attended, each problem naming the field it is shown beside. */
    public static List<Problem> problemsIn(Education school) {
        String which = name(school.institution() == null ? null : school.institution().name(), "A school");
        return endsBeforeItStarts(school.startDate(), school.endDate()) ? List.of(endsBeforeItStarts(which))
                : List.of();
    }

    /** What is wrong with one certification, each problem naming the field it is shown beside. */
    public static List<Problem> problemsIn(Certification certification) {
        return certification.name() == null || certification.name().isBlank()
                ? List.of(new Problem("name", "Each certification needs its name.")) : List.of();
    }

    private static <T> void addEntryProblems(List<Problem> problems, String section, List<T> entries,
                                             Function<T, List<Problem>> check) {
        for (int i = 0; i < entries.size(); i++) {
            for (Problem problem : check.apply(entries.get(i))) {
                problems.add(new Problem(section + "[" + i + "]." + problem.field(), problem.message()));
            }
        }
    }

    private static boolean isPhoneNumber(String text) {
        long digits = text.replaceFirst("(?i)(ext\\.?|x)\\s*\\d+$", "").chars().filter(Character::isDigit).count();
        return PHONE.matcher(text).matches() && digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS;
    }

    private static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return false;
        }
        try {
            String host = new URI(text).getHost();
            return host != null && host.contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * True when both dates are "YYYY" or "YYYY-MM" and the end comes first; months are compared only when
     * both have one (2020 does not end before 2020-06). Other shapes are the date fields' own business.
     */
    private static boolean endsBeforeItStarts(String start, String end) {
        Matcher from = start == null ? null : MONTH.matcher(start.trim());
        Matcher to = end == null ? null : MONTH.matcher(end.trim());
        if (from == null || to == null || !from.matches() || !to.matches()) {
            return false;
        }
        int years = Integer.compare(Integer.parseInt(to.group(1)), Integer.parseInt(from.group(1)));
        if (years != 0 || from.group(2) == null || to.group(2) == null) {
            return years < 0;
        }
        return Integer.parseInt(to.group(2)) < Integer.parseInt(from.group(2));
    }

    private static Problem endsBeforeItStarts(String which) {
        return new Problem("endDate", which + " ends before it starts: check its start and end dates.");
    }

    /** "“Backend Engineer at Harborline”", or {@code otherwise} when there is no name. */
    private static String name(String name, String otherwise) {
        return name == null || name.isBlank() ? otherwise : "“" + name.trim() + "”";
    }

    private static String joined(String first, String between, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return first.trim() + between + second.trim();
        }
        return hasFirst ? first.trim() : hasSecond ? second.trim() : null;
    }

    private List<String> missingPersonalFields(Profile p) {
        return mandatory.missingIn(p.personalInformation()).stream().map(PersonalField::words)
                .collect(Collectors.toList());
    }

    private static ApplyDeskException incomplete(List<String> missing, String advice) {
        return new ApplyDeskException(ErrorCode.PROFILE_INCOMPLETE,
                "The profile is missing: " + String.join(", ", missing) + ". " + advice,
                String.join(",", missing));
    }
}
