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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
        Optional<ResolvedAnswer> answer(String normalisedLabel, Profile profile);
    }

    private record Rule(Pattern label, Answerer answerer) {
    }

    /** Other ways forms name a country of {@code workAuthorization} (normalised). */
    private static final Map<String, List<String>> COUNTRY_ALIASES = Map.of(
            "united states", List.of("united states of america", "u s", "u s a", "usa", "the us", "america"),
            "united kingdom", List.of("u k", "the uk", "great britain", "britain"),
            "united arab emirates", List.of("uae", "u a e"));

    private final Clock clock;
    private final List<Rule> rules;

    StandardFields(Clock clock) {
        this.clock = clock;
        this.rules = List.of(
                rule("\\bpreferred (first )?name\\b", misc("preferredName", Miscellaneous::preferredName)),
                rule("\\b(first|given) name\\b|^first$", personal("firstName", PersonalInformation::firstName)),
                rule("\\b(last|family) name\\b|\\bsurname\\b|^last$", personal("lastName", PersonalInformation::lastName)),
                rule("^(full |legal |your )?name$", (label, p) -> fullName(p)),
                rule("\\be ?mail\\b", personal("email", PersonalInformation::email)),
                rule("\\b(phone|device) type\\b", misc("phoneType", Miscellaneous::phoneType)),
                rule("\\b(phone|mobile|telephone|cell)\\b", (label, p) -> phone(p)),
                rule("\\blinked ?in\\b", misc("linkedinUrl", Miscellaneous::linkedinUrl)),
                rule("\\bgit ?hub\\b", misc("githubUrl", Miscellaneous::githubUrl)),
                rule("\\bportfolio\\b", misc("portfolioUrl", Miscellaneous::portfolioUrl)),
                rule("\\b(website|web site|blog)\\b", misc("websiteUrl", Miscellaneous::websiteUrl)),
                rule("\\b(authori[sz]ed|eligible|legally able|permitted|right) to work\\b", this::workAuthorization),
                rule("\\bsponsor", flag("requiresSponsorship", Miscellaneous::requiresSponsorship)),
                rule("\\breloca", flag("willingToRelocate", Miscellaneous::willingToRelocate)),
                rule("\\b(salary|compensation)\\b", misc("desiredSalary", Miscellaneous::desiredSalary)),
                rule("\\bnotice( period)?\\b", misc("noticePeriod", Miscellaneous::noticePeriod)),
                rule("\\b(start date|earliest start|when can you start|available to start|availability date)\\b",
                        misc("earliestStartDate", Miscellaneous::earliestStartDate)),
                rule("\\b(how|where) did you (hear|find|learn)\\b|^(referral )?source$",
                        misc("howDidYouHear", Miscellaneous::howDidYouHear)),
                rule("\\bpronouns?\\b", misc("pronouns", Miscellaneous::pronouns)),
                rule("\\bcover letter\\b", misc("coverLetter", Miscellaneous::coverLetter)),
                rule("\\bcurrent (company|employer)\\b|^(company|employer)$", (label, p) -> currentJob(p,
                        WorkExperience::company, "current employer (the job marked currently work here)")),
                rule("\\bcurrent (job )?(title|role|position)\\b|^(job )?title$", (label, p) -> currentJob(p,
                        WorkExperience::jobTitle, "current job title (the job marked currently work here)")),
                rule("^(how many )?(total )?years of (professional |work |industry |relevant )?experience( do you have)?$",
                        (label, p) -> yearsOfExperience(p)),
                rule("\\b(school|university|college|institution)\\b", education("institution.name",
                        e -> e.institution() == null ? null : e.institution().name())),
                rule("\\bdegree\\b", education("degree.degreeName",
                        e -> e.degree() == null ? null : e.degree().degreeName())),
                rule("\\b(discipline|field of study|major)\\b", education("degree.fieldOfStudy",
                        e -> e.degree() == null ? null : e.degree().fieldOfStudy())),
                rule("\\bzip\\b|\\bpost ?(al )?code\\b", personal("zipCode", PersonalInformation::zipCode)),
                rule("\\baddress\\b", personal("address", PersonalInformation::address)),
                rule("^city$", personal("city", PersonalInformation::city)),
                rule("^(state|province|region|state province)$", personal("state", PersonalInformation::state)),
                rule("^(country|country of residence|current country)$", personal("country", PersonalInformation::country)),
                rule("\\blocation\\b|\\bcity\\b|\\bwhere are you (based|located)\\b", (label, p) -> location(p)),
                rule("\\b(citizenship|nationality)\\b", personal("citizenship", PersonalInformation::citizenship)),
                rule("^(gender|sex)$", personal("gender", PersonalInformation::gender)));
    }

    /** The profile's answer to a question with this normalised label, if a rule knows the question. */
    Optional<ResolvedAnswer> answer(String normalisedLabel, Profile profile) {
        for (Rule rule : rules) {
            if (rule.label().matcher(normalisedLabel).find()) {
                return rule.answerer().answer(normalisedLabel, profile);
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String regex, Answerer answerer) {
        return new Rule(Pattern.compile(regex), answerer);
    }

    private static Answerer personal(String field, Function<PersonalInformation, String> getter) {
        return (label, p) -> p.personalInformation() == null ? Optional.empty()
                : text(getter.apply(p.personalInformation()), Provenance.profileField("personalInformation." + field));
    }

    private static Answerer misc(String field, Function<Miscellaneous, String> getter) {
        return (label, p) -> p.miscellaneous() == null ? Optional.empty()
                : text(getter.apply(p.miscellaneous()), Provenance.profileField("miscellaneous." + field));
    }

    private static Answerer flag(String field, Function<Miscellaneous, Boolean> getter) {
        return (label, p) -> p.miscellaneous() == null ? Optional.empty()
                : yesNo(getter.apply(p.miscellaneous()), Provenance.profileField("miscellaneous." + field));
    }

    /** From the first education entry (the profile lists the most relevant one first). */
    private static Answerer education(String field, Function<Education, String> getter) {
        return (label, p) -> p.education().isEmpty() ? Optional.empty()
                : text(getter.apply(p.education().get(0)), Provenance.profileField("education[0]." + field));
    }

    private static Optional<ResolvedAnswer> fullName(Profile p) {
        PersonalInformation pi = p.personalInformation();
        if (pi == null || isBlank(pi.firstName()) || isBlank(pi.lastName())) {
            return Optional.empty();
        }
        return text(pi.firstName().trim() + " " + pi.lastName().trim(),
                Provenance.computed("personalInformation.firstName + lastName"));
    }

    /** "+1 2065550198": the country calling code and the number as the candidate typed it. */
    private static Optional<ResolvedAnswer> phone(Profile p) {
        PersonalInformation pi = p.personalInformation();
        if (pi == null || isBlank(pi.phoneNumber())) {
            return Optional.empty();
        }
        String number = pi.phoneNumber().trim();
        boolean addCode = !isBlank(pi.countryCode()) && !number.startsWith("+");
        String code = addCode ? (pi.countryCode().trim().startsWith("+") ? "" : "+") + pi.countryCode().trim() + " " : "";
        return text(code + number, Provenance.profileField(addCode
                ? "personalInformation.countryCode + phoneNumber" : "personalInformation.phoneNumber"));
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
    private Optional<ResolvedAnswer> workAuthorization(String label, Profile p) {
        Miscellaneous misc = p.miscellaneous();
        if (misc == null || misc.workAuthorization() == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, Boolean> entry : misc.workAuthorization().entrySet()) {
            String country = QuestionText.normalise(entry.getKey());
            List<String> names = Stream.concat(Stream.of(country),
                    COUNTRY_ALIASES.getOrDefault(country, List.of()).stream()).toList();
            if (names.stream().anyMatch(name -> QuestionText.containsWords(label, name))) {
                return yesNo(entry.getValue(),
                        Provenance.profileField("miscellaneous.workAuthorization[\"" + entry.getKey() + "\"]"));
            }
        }
        return Optional.empty();
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
