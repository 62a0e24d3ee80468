package io.applydesk.core.answer;

import io.applydesk.core.common.QuestionText;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.Miscellaneous;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.WorkExperience;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The questions a profile answers by itself, recognised by their normalised label. Rules are tried
 * in order and the first whose label pattern matches decides; a matching rule with no value in the
 * profile answers nothing (the answer bank may still).
 */
final class StandardFields {

    /** Computes an answer from the normalised label and the profile. */
    private interface Answerer {
        Optional<ResolvedAnswer> answer(FormQuestion question, String normalisedLabel, Profile profile);
    }

    private record Rule(Pattern label, Answerer answerer) {
    }

    /** "Do you have at least 3 years of professional experience?", normalised; group 1 is the number. */
    private static final Pattern YEARS_AT_LEAST = Pattern.compile(
            "^(?:do you have )?(?:at least |a minimum of |minimum of |more than |over )?"
            + "(\\d+) (?:or more )?years? (?:of )?(?:professional |work |industry )?experience$");

    /** Phone-type words that mean the same line (normalised). */
    private static final List<Set<String>> PHONE_TYPE_SYNONYMS = List.of(
            Set.of("mobile", "cell", "cellular", "cell phone", "mobile phone", "cellphone"),
            Set.of("landline", "land line", "fixed line", "fixed"));

    private final Clock clock;
    private final List<Rule> rules;

    StandardFields(Clock clock) {
        this.clock = clock;
        this.rules = List.of(
                rule("\\bpreferred (first )?name\\b|\\bnick ?name\\b|\\bname you (go by|prefer)\\b",
                        misc("preferredName", Miscellaneous::preferredName)),
                rule("\\b(first|given) name\\b|^first$", personal("firstName", PersonalInformation::firstName)),
                rule("\\b(last|family) name\\b|\\bsurname\\b|^last$", personal("lastName", PersonalInformation::lastName)),
                rule("^(full |legal |your )?(full )?name$", (q, label, p) -> fullName(p)),
                // before the email, phone and link rules: "How did you hear about us (LinkedIn, email …)?" names no contact
                rule("\\b(how|where) did you (first )?(hear|find|learn|come across|see)\\b|^(referral )?source$"
                        + "|\\bhear about (us|this)\\b|\\bsource of (application|referral)\\b",
                        misc("howDidYouHear", Miscellaneous::howDidYouHear)),
                rule("\\be ?mail\\b", personal("email", PersonalInformation::email)),
                // before the phone rule: an extension is never the whole number
                rule("^((phone|telephone|mobile|work phone) )?(number )?ext(ension)?( number)?$"
                        + "|\\b(phone|telephone) (number )?ext(ension)?\\b", (q, label, p) -> phoneExtension(p)),
                rule("\\b(phone|device|phone number|number|line) type\\b|\\btype of (phone|number|line)\\b",
                        (q, label, p) -> phoneType(q, p)),
                // anchored: "Phone (include country code)" asks for the number, not the code
                rule("^(?!code$)((phone|mobile|telephone)( number)? )?(country( region| or region)? )?"
                        + "(phone |mobile |telephone |calling |dial |dialing |dialling |international dialing )?code"
                        + "( (for|of) (your )?(phone|mobile)( number)?)?$|^(phone|mobile) (number )?country( code)?$",
                        (q, label, p) -> phoneCountryCode(q, p)),
                rule("\\b(phone|mobile|telephone|cell)\\b", (q, label, p) -> phone(q, p)),
                rule(Link.ANY.pattern(), (q, label, p) -> link(label, p)),
                rule("\\b(authori[sz]ed|eligible|legally able|permitted|allowed|entitled|right) to work\\b"
                        + "|\\b(legally|lawfully) work\\b|\\bwork (legally|lawfully)\\b"
                        + "|\\bwork (authori[sz]ation|permit)\\b", (q, label, p) -> workAuthorization(label, p)),
                rule("\\bsponsor|\\bh ?1 ?b\\b", flag("requiresSponsorship", Miscellaneous::requiresSponsorship)),
                rule("\\breloca", flag("willingToRelocate", Miscellaneous::willingToRelocate)),
                rule("\\b(salary|compensation|pay expectations?|desired pay|expected pay|pay range)\\b",
                        misc("desiredSalary", Miscellaneous::desiredSalary)),
                rule("\\bnotice( period)?\\b", misc("noticePeriod", Miscellaneous::noticePeriod)),
                rule("\\b(start date|starting date|earliest start|can you start|could you start|available to start"
                        + "|availability date|date available|available start)\\b", (q, label, p) -> startDate(q, p)),
                rule("\\bpronouns?\\b", misc("pronouns", Miscellaneous::pronouns)),
                rule("\\bcover letter\\b", misc("coverLetter", Miscellaneous::coverLetter)),
                rule("\\b(current|present) (company|employer|organi[sz]ation)\\b|^(company|employer)( name)?$"
                        + "|\\bwhere do you (currently )?work\\b|\\bwho is your (current )?employer\\b",
                        (q, label, p) -> currentJob(p, WorkExperience::company,
                                "current employer (the job marked currently work here)")),
                rule("\\b(current|present) (job )?(title|role|position)\\b|^(job )?title$", (q, label, p) -> currentJob(p,
                        WorkExperience::jobTitle, "current job title (the job marked currently work here)")),
                rule(YEARS_AT_LEAST.pattern(), (q, label, p) -> atLeastYears(label, p)),
                rule("^(how many )?(total )?(years of|years) (total )?(professional |work |industry |relevant )?experience"
                        + "( do you have)?( in total)?$|^total (years of )?experience$|^experience years?$",
                        (q, label, p) -> yearsOfExperience(p)),
                rule("\\bgraduat(e|ed|ion) (year|date)\\b|\\b(year|date) (of|did you|you) graduat"
                        + "|\\bwhen did you graduate\\b|\\bexpected graduation\\b", (q, label, p) -> graduation(q, p)),
                rule("\\bhighest (level of )?(education|degree|qualification)|\\b(level of|education) (education|level)\\b",
                        (q, label, p) -> highestDegree(p)),
                rule("\\b(school|university|college|institution)\\b", education("institution.name",
                        e -> e.institution() == null ? null : e.institution().name())),
                rule("\\bdegree\\b", education("degree.degreeName",
                        e -> e.degree() == null ? null : e.degree().degreeName())),
                rule("\\b(discipline|field of study|area of study|major)\\b", education("degree.fieldOfStudy",
                        e -> e.degree() == null ? null : e.degree().fieldOfStudy())),
                rule("\\bzip\\b|\\bpost ?(al )?code\\b", personal("zipCode", PersonalInformation::zipCode)),
                rule("\\baddress\\b", personal("address", PersonalInformation::address)),
                rule("^city$", personal("city", PersonalInformation::city)),
                rule("^(state|province|region|state province|state region)$", personal("state", PersonalInformation::state)),
                rule("^(country|country of residence|current country|country region)$",
                        personal("country", PersonalInformation::country)),
                rule("\\blocation\\b|\\bcity\\b|\\bwhere are you (currently )?(based|located)\\b",
                        (q, label, p) -> location(p)),
                rule("\\b(citizenship|nationality)\\b", personal("citizenship", PersonalInformation::citizenship)),
                rule("^(gender|sex)$", personal("gender", PersonalInformation::gender)));
    }

    /** The profile's answer to {@code question}, if a rule knows the question. */
    Optional<ResolvedAnswer> answer(FormQuestion question, Profile profile) {
        String normalisedLabel = QuestionText.normalise(question.label());
        for (Rule rule : rules) {
            if (rule.label().matcher(normalisedLabel).find()) {
                return rule.answerer().answer(question, normalisedLabel, profile);
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String regex, Answerer answerer) {
        return new Rule(Pattern.compile(regex), answerer);
    }

    private static Answerer personal(String field, Function<PersonalInformation, String> getter) {
        return (q, label, p) -> p.personalInformation() == null ? Optional.empty()
                : text(getter.apply(p.personalInformation()), Provenance.profileField("personalInformation." + field));
    }

    private static Answerer misc(String field, Function<Miscellaneous, String> getter) {
        return (q, label, p) -> p.miscellaneous() == null ? Optional.empty()
                : text(getter.apply(p.miscellaneous()), Provenance.profileField("miscellaneous." + field));
    }

    private static Answerer flag(String field, Function<Miscellaneous, Boolean> getter) {
        return (q, label, p) -> p.miscellaneous() == null ? Optional.empty()
                : yesNo(getter.apply(p.miscellaneous()), Provenance.profileField("miscellaneous." + field));
    }

    /** From the first education entry (the profile lists the most relevant one first). */
    private static Answerer education(String field, Function<Education, String> getter) {
        return (q, label, p) -> p.education().isEmpty() ? Optional.empty()
                : text(getter.apply(p.education().get(0)), Provenance.profileField("education[0]." + field));
    }

    /** The profile's links, each with the label words that ask for it. */
    private enum Link {
        LINKEDIN("\\blinked ?in\\b", "linkedinUrl", Miscellaneous::linkedinUrl),
        GITHUB("\\bgit ?hub\\b", "githubUrl", Miscellaneous::githubUrl),
        PORTFOLIO("\\bportfolio\\b", "portfolioUrl", Miscellaneous::portfolioUrl),
        WEBSITE("\\b(website|web site|blog|personal (site|url|page))\\b", "websiteUrl", Miscellaneous::websiteUrl);

        /** A label naming any link. */
        static final Pattern ANY = Pattern.compile(Stream.of(values()).map(l -> l.words.pattern())
                .collect(Collectors.joining("|")));

        private final Pattern words;
        private final String field;
        private final Function<Miscellaneous, String> getter;

        Link(String words, String field, Function<Miscellaneous, String> getter) {
            this.words = Pattern.compile(words);
            this.field = field;
            this.getter = getter;
        }
    }

    /**
     * The first link the profile has among those the label names, in the label's order: "Website, Blog, or
     * Portfolio" is the website, else the portfolio; the provenance names the field actually sent.
     */
    private static Optional<ResolvedAnswer> link(String label, Profile p) {
        if (p.miscellaneous() == null) {
            return Optional.empty();
        }
        Map<Integer, Link> named = new TreeMap<>();
        for (Link link : Link.values()) {
            Matcher m = link.words.matcher(label);
            if (m.find()) {
                named.put(m.start(), link);
            }
        }
        return named.values().stream()
                .map(link -> text(link.getter.apply(p.miscellaneous()), Provenance.profileField("miscellaneous." + link.field)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The extension typed after the profile's phone number ("… ext. 12"); nothing when there is none. */
    private static Optional<ResolvedAnswer> phoneExtension(Profile p) {
        return CandidatePhone.of(p.personalInformation())
                .flatMap(phone -> text(phone.extension(),
                        Provenance.computed("extension of personalInformation.phoneNumber")));
    }

    /**
     * Mobile, landline …: the profile's {@code phoneType}, else what the numbering plan says the number is
     * (a UK 07 number is a mobile); nothing when neither tells, as for North American numbers.
     */
    private static Optional<ResolvedAnswer> phoneType(FormQuestion question, Profile p) {
        Optional<ResolvedAnswer> stated = misc("phoneType", Miscellaneous::phoneType).answer(question, "", p);
        Optional<ResolvedAnswer> answer = stated.isPresent() ? stated : CandidatePhone.of(p.personalInformation())
                .flatMap(phone -> text(phone.lineType(), Provenance.computed(
                        "line type of personalInformation.phoneNumber in its numbering plan (" + phone.regionCode() + ")")));
        if (answer.isEmpty() || !question.type().isChoice()) {
            return answer;
        }
        // "Cell" in the profile is the form's "Mobile"; only same-meaning words, never a guess
        ResolvedAnswer value = answer.get();
        return PHONE_TYPE_SYNONYMS.stream()
                .filter(names -> names.contains(QuestionText.normalise(value.value())))
                .findFirst()
                .flatMap(names -> question.options().stream()
                        .filter(o -> names.contains(QuestionText.normalise(o))).findFirst())
                .map(option -> new ResolvedAnswer(option, value.provenance()))
                .or(() -> answer);
    }

    private static Optional<ResolvedAnswer> fullName(Profile p) {
        PersonalInformation pi = p.personalInformation();
        if (pi == null || isBlank(pi.firstName()) || isBlank(pi.lastName())) {
            return Optional.empty();
        }
        return text(pi.firstName().trim() + " " + pi.lastName().trim(),
                Provenance.computed("personalInformation.firstName + lastName"));
    }

    /**
     * The phone number as the question wants it: E.164, international or national when the label
     * or placeholder says so, else the calling code and the number as typed ("+1 2065550198").
     */
    private static Optional<ResolvedAnswer> phone(FormQuestion question, Profile p) {
        PersonalInformation pi = p.personalInformation();
        if (pi == null || isBlank(pi.phoneNumber())) {
            return Optional.empty();
        }
        Optional<CandidatePhone> parsed = CandidatePhone.of(pi);
        if (parsed.isEmpty()) {
            return text(pi.phoneNumber(), Provenance.profileField("personalInformation.phoneNumber"));
        }
        CandidatePhone phone = parsed.get();
        PhoneShape shape = PhoneShape.askedBy(question);
        String source = "personalInformation.countryCode + phoneNumber";
        return text(shape.write(phone), shape == PhoneShape.AS_TYPED ? Provenance.profileField(source)
                : Provenance.computed(source + " as " + shape.description()));
    }

    /**
     * The calling code: the option naming it (and the candidate's country when several share it,
     * as "+1" does) for a select, "+1" for a text field.
     */
    private static Optional<ResolvedAnswer> phoneCountryCode(FormQuestion question, Profile p) {
        Optional<CandidatePhone> parsed = CandidatePhone.of(p.personalInformation());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        CandidatePhone phone = parsed.get();
        Provenance provenance = Provenance.computed("calling code of personalInformation.countryCode + phoneNumber ("
                + phone.regionCode() + " " + phone.callingCodeText() + ")");
        if (!question.type().isChoice()) {
            return text(phone.callingCodeText(), provenance);
        }
        return PhoneShape.callingCodeOption(phone, question.options())
                .map(option -> new ResolvedAnswer(option, provenance));
    }

    /** "Seattle, WA, United States" from city, state and country. */
    private static Optional<ResolvedAnswer> location(Profile p) {
        PersonalInformation pi = p.personalInformation();
        if (pi == null || isBlank(pi.city())) {
            return Optional.empty();
        }
        String joined = Stream.of(pi.city(), pi.state(), pi.country())
                .filter(s -> !isBlank(s)).map(String::trim).collect(Collectors.joining(", "));
        return text(joined, Provenance.computed("personalInformation.city, state, country"));
    }

    private static Optional<ResolvedAnswer> currentJob(Profile p, Function<WorkExperience, String> getter, String what) {
        return ProfileComputations.currentJob(p.workExperience())
                .flatMap(job -> text(getter.apply(job), Provenance.computed(what)));
    }

    private Optional<ResolvedAnswer> yearsOfExperience(Profile p) {
        int months = ProfileComputations.totalMonthsWorked(p.workExperience(), clock);
        if (months == 0) {
            return Optional.empty();
        }
        return text(String.valueOf(months / 12),
                Provenance.computed("years of experience: " + months + " months in workExperience"));
    }

    /** Answers only when the label names a country the candidate stated authorization for. */
    private static Optional<ResolvedAnswer> workAuthorization(String label, Profile p) {
        Miscellaneous misc = p.miscellaneous();
        if (misc == null || misc.workAuthorization() == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Boolean> entry : misc.workAuthorization().entrySet()) {
            List<String> names = Countries.code(entry.getKey()).map(Countries::names)
                    .orElse(List.of(QuestionText.normalise(entry.getKey())));
            if (names.stream().anyMatch(name -> QuestionText.containsWords(label, name))) {
                return yesNo(entry.getValue(),
                        Provenance.profileField("miscellaneous.workAuthorization[\"" + entry.getKey() + "\"]"));
            }
        }
        return Optional.empty();
    }

    /** earliestStartDate in the form's date format. */
    private static Optional<ResolvedAnswer> startDate(FormQuestion question, Profile p) {
        String start = p.miscellaneous() == null ? null : p.miscellaneous().earliestStartDate();
        return FormDates.format(start, question.formatHints())
                .flatMap(value -> text(value, value.equals(start == null ? null : start.strip())
                        ? Provenance.profileField("miscellaneous.earliestStartDate")
                        : Provenance.computed("miscellaneous.earliestStartDate in the form's date format")));
    }

    /** Graduation year or date from the first education entry's end date, in the form's format. */
    private static Optional<ResolvedAnswer> graduation(FormQuestion question, Profile p) {
        if (p.education().isEmpty()) {
            return Optional.empty();
        }
        String end = p.education().get(0).endDate();
        Optional<String> value = FormDates.format(end, question.formatHints());
        return value.flatMap(v -> text(v, Provenance.computed("graduation from education[0].endDate (" + end + ")")));
    }

    /** The degree name of the education entry with the highest level ("Bachelor of Science"). */
    private static Optional<ResolvedAnswer> highestDegree(Profile p) {
        Education highest = null;
        DegreeLevel highestLevel = null;
        for (Education e : p.education()) {
            String name = e.degree() == null ? null : e.degree().degreeName();
            Optional<DegreeLevel> level = DegreeLevel.of(name);
            if (level.isPresent() && (highestLevel == null || level.get().compareTo(highestLevel) > 0)) {
                highest = e;
                highestLevel = level.get();
            }
        }
        return highest == null ? Optional.empty() : text(highest.degree().degreeName(),
                Provenance.computed("highest degree in education (" + highestLevel.name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + ")"));
    }

    /** "Do you have at least N years of experience?" from the total months in workExperience. */
    private Optional<ResolvedAnswer> atLeastYears(String label, Profile p) {
        Matcher m = YEARS_AT_LEAST.matcher(label);
        int months = ProfileComputations.totalMonthsWorked(p.workExperience(), clock);
        if (!m.find() || months == 0) {
            return Optional.empty();
        }
        int asked = Integer.parseInt(m.group(1));
        boolean strictly = label.contains("more than") || label.contains("over ");
        boolean enough = strictly ? months > asked * 12 : months >= asked * 12;
        return yesNo(enough, Provenance.computed("years of experience: " + months + " months in workExperience, "
                + (strictly ? "more than " : "at least ") + asked + " years asked"));
    }

    private static Optional<ResolvedAnswer> text(String value, Provenance provenance) {
        return isBlank(value) ? Optional.empty() : Optional.of(new ResolvedAnswer(value.trim(), provenance));
    }

    private static Optional<ResolvedAnswer> yesNo(Boolean value, Provenance provenance) {
        return Objects.isNull(value) ? Optional.empty()
                : Optional.of(new ResolvedAnswer(value ? "Yes" : "No", provenance));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
