package io.applydesk.core.answer;

import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance.Kind;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Education;
import io.applydesk.core.profile.Miscellaneous;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.VoluntarySelfIdentification;
import io.applydesk.core.profile.WorkExperience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerResolverTest {
    /** January 2026: Cedar Apps 2018-07..2021-01 (31 months) + Harborline 2021-02..now (60 months). */
    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> YES_NO = List.of("Yes", "No");
    private static final List<AnswerBankEntry> BANK = List.of(
            new AnswerBankEntry("How many years of experience do you have with Java?", "8"),
            new AnswerBankEntry("Are you comfortable working in the office three days a week?", "Yes"));

    private final AnswerResolver resolver = new AnswerResolver(JANUARY_2026);

    static Profile alex(VoluntarySelfIdentification vsi) {
        Map<String, Boolean> authorization = new LinkedHashMap<>();
        authorization.put("United States", true);
        authorization.put("Canada", false);
        return new Profile("prof_1", "Backend roles",
                new PersonalInformation("Alex", "Moreno", "alex.moreno@example.com", "+1", "2065550198", "Male",
                        "1200 Pine St, Unit 5", "Seattle", "WA", "98101", "United States", "United States"),
                List.of(new WorkExperience("Backend Engineer", "Harborline Logistics", "2021-02", null, true,
                                "Seattle, WA", "APIs"),
                        new WorkExperience("Junior Developer", "Cedar Apps", "2018-07", "2021-01", false,
                                "Portland, OR", "REST")),
                List.of(new Education(new Education.Institution("Oregon State University",
                        new Education.Location("Corvallis", "OR")),
                        new Education.Degree("Bachelor of Science", "Computer Science"), "2014-09", "2018-06", "3.4")),
                List.of("Java"), List.of(), List.of(), List.of(),
                new Miscellaneous("https://www.linkedin.com/in/alex-moreno-dev", "https://github.com/amoreno", null, null,
                        authorization, false, true, "140000 USD", "3 weeks", "2027-02-01", "Alex", "he/him",
                        "Mobile", "LinkedIn", vsi, "I build dependable backend services."),
                List.of(), BANK, null, null);
    }

    static Profile alex() {
        return alex(new VoluntarySelfIdentification("decline", "decline", "decline",
                "I am not a protected veteran", "decline"));
    }

    private Optional<ResolvedAnswer> resolve(String label, QuestionType type, List<String> options,
                                             QuestionSection section, Profile profile) {
        return resolver.resolve(new FormQuestion(label, "field", type, options, true, section), profile, BANK);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            First Name *                                      | Alex                                          | PROFILE_FIELD
            Legal first name                                  | Alex                                          | PROFILE_FIELD
            Last Name *                                       | Moreno                                        | PROFILE_FIELD
            Preferred Name                                    | Alex                                          | PROFILE_FIELD
            Full name                                         | Alex Moreno                                   | COMPUTED
            Email *                                           | alex.moreno@example.com                       | PROFILE_FIELD
            Email address                                     | alex.moreno@example.com                       | PROFILE_FIELD
            Phone *                                           | +1 2065550198                                 | PROFILE_FIELD
            Mobile phone number                               | +1 2065550198                                 | PROFILE_FIELD
            Location (City) *                                 | Seattle, WA, United States                    | COMPUTED
            City                                              | Seattle                                       | PROFILE_FIELD
            Street address                                    | 1200 Pine St, Unit 5                          | PROFILE_FIELD
            Zip code                                          | 98101                                         | PROFILE_FIELD
            Postal Code                                       | 98101                                         | PROFILE_FIELD
            Country                                           | United States                                 | PROFILE_FIELD
            LinkedIn Profile                                  | https://www.linkedin.com/in/alex-moreno-dev   | PROFILE_FIELD
            GitHub URL                                        | https://github.com/amoreno                    | PROFILE_FIELD
            Website                                           | NONE                                          | NONE
            Current Company                                   | Harborline Logistics                          | COMPUTED
            Current job title                                 | Backend Engineer                              | COMPUTED
            Years of experience                               | 7                                             | COMPUTED
            How many years of professional experience do you have? | 7                                        | COMPUTED
            What are your salary expectations?                | 140000 USD                                    | PROFILE_FIELD
            What is your notice period?                       | 3 weeks                                       | PROFILE_FIELD
            Earliest start date                               | 2027-02-01                                    | PROFILE_FIELD
            When can you start?                               | 2027-02-01                                    | PROFILE_FIELD
            How did you hear about this job?                  | LinkedIn                                      | PROFILE_FIELD
            Pronouns                                          | he/him                                        | PROFILE_FIELD
            School                                            | Oregon State University                       | PROFILE_FIELD
            Degree                                            | Bachelor of Science                           | PROFILE_FIELD
            Discipline                                        | Computer Science                              | PROFILE_FIELD
            How many years of experience do you have with Java?  | 8                                          | ANSWER_BANK
            How many years of experience do you have with Java   | 8                                          | ANSWER_BANK
            How many years experience do you have with Java?  | 8                                             | ANSWER_BANK
            How many years of experience do you have with Python? | NONE                                      | NONE
            What is your favourite programming paradigm?      | NONE                                          | NONE
            """)
    void textQuestionsAreAnsweredFromProfileThenAnswerBank(String label, String expected, Kind kind) {
        Optional<ResolvedAnswer> answer = resolve(label, QuestionType.TEXT, List.of(), QuestionSection.CUSTOM, alex());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(kind), answer.map(a -> a.provenance().kind()));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void choiceQuestionsPickAnOfferedOption(String label, List<String> options, String expected, String source) {
        Optional<ResolvedAnswer> answer = resolve(label, QuestionType.YES_NO, options, QuestionSection.CUSTOM, alex());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(source), answer.map(a -> a.provenance().source()));
    }

    static Stream<Arguments> choiceQuestionsPickAnOfferedOption() {
        String us = "miscellaneous.workAuthorization[\"United States\"]";
        return Stream.of(
                Arguments.of("Are you legally authorized to work in the United States?", YES_NO, "Yes", us),
                Arguments.of("Are you legally authorized to work in the U.S.? *", YES_NO, "Yes", us),
                Arguments.of("Are you authorised to work in the US?", List.of("Y", "N"), "Y", us),
                Arguments.of("Are you eligible to work in Canada?", YES_NO, "No",
                        "miscellaneous.workAuthorization[\"Canada\"]"),
                Arguments.of("Are you legally authorized to work in Germany?", YES_NO, null, null),
                Arguments.of("Are you authorized to work for us?", YES_NO, null, null),
                Arguments.of("Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?",
                        YES_NO, "No", "miscellaneous.requiresSponsorship"),
                Arguments.of("Are you willing to relocate?", List.of("yes", "no"), "yes", "miscellaneous.willingToRelocate"),
                Arguments.of("Are you comfortable working in the office three days a week?", YES_NO, "Yes",
                        "Are you comfortable working in the office three days a week?"),
                Arguments.of("Do you have a security clearance?", YES_NO, null, null));
    }

    @Test
    void aSelectWhoseOptionsDoNotContainTheProfileValueStaysUnanswered() {
        Optional<ResolvedAnswer> answer = resolve("Highest degree", QuestionType.SELECT,
                List.of("High school", "Master's", "PhD"), QuestionSection.CUSTOM, alex());
        assertEquals(Optional.empty(), answer);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void selfIdentificationComesOnlyFromVoluntarySelfIdentification(String label, List<String> options,
                                                                    String expected, Kind kind) {
        Optional<ResolvedAnswer> answer = resolve(label, QuestionType.SELECT, options,
                QuestionSection.VOLUNTARY_SELF_ID, alex());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(kind), answer.map(a -> a.provenance().kind()));
    }

    static Stream<Arguments> selfIdentificationComesOnlyFromVoluntarySelfIdentification() {
        List<String> veteran = List.of("I am a veteran", "I am not a protected veteran", "I don't wish to answer");
        return Stream.of(
                // personalInformation.gender is "Male" but the EEO answer is "decline"
                Arguments.of("Gender", List.of("Male", "Female", "Decline To Self Identify"),
                        "Decline To Self Identify", Kind.SAFE_DEFAULT),
                Arguments.of("Are you Hispanic/Latino?", List.of("Yes", "No", "Decline To Self Identify"),
                        "Decline To Self Identify", Kind.SAFE_DEFAULT),
                Arguments.of("Race", List.of("Asian", "White", "I do not want to answer"),
                        "I do not want to answer", Kind.SAFE_DEFAULT),
                Arguments.of("Veteran Status", veteran, "I am not a protected veteran", Kind.PROFILE_FIELD),
                Arguments.of("Disability Status", List.of("Yes, I have a disability", "No, I don't have a disability",
                        "I don't wish to answer"), "I don't wish to answer", Kind.SAFE_DEFAULT),
                Arguments.of("Sexual orientation", List.of("Heterosexual", "Prefer not to say"),
                        "Prefer not to say", Kind.SAFE_DEFAULT),
                Arguments.of("Gender", List.of("Male", "Female"), null, null));
    }

    @Test
    void missingSelfIdentificationDeclines() {
        Optional<ResolvedAnswer> answer = resolve("Veteran Status",
                QuestionType.SELECT, List.of("I am a veteran", "Decline To Self Identify"),
                QuestionSection.VOLUNTARY_SELF_ID, alex(null));
        assertEquals("Decline To Self Identify", answer.orElseThrow().value());
        assertEquals(Kind.SAFE_DEFAULT, answer.orElseThrow().provenance().kind());
        assertTrue(answer.orElseThrow().provenance().source().contains("voluntarySelfIdentification.veteran is not set"));
    }

    @Test
    void selfIdentificationGivenByTheCandidateIsSent() {
        Profile profile = alex(new VoluntarySelfIdentification("female", null, "No", null, null));
        Optional<ResolvedAnswer> gender = resolve("Gender", QuestionType.SELECT,
                List.of("Male", "Female", "Decline To Self Identify"), QuestionSection.VOLUNTARY_SELF_ID, profile);
        assertEquals("Female", gender.orElseThrow().value());
        assertEquals("miscellaneous.voluntarySelfIdentification.gender", gender.orElseThrow().provenance().source());
        Optional<ResolvedAnswer> hispanic = resolve("Are you Hispanic/Latino?", QuestionType.SELECT,
                List.of("Yes", "No", "Decline To Self Identify"), QuestionSection.VOLUNTARY_SELF_ID, profile);
        assertEquals("No", hispanic.orElseThrow().value());
        Optional<ResolvedAnswer> disability = resolve("Disability Status", QuestionType.SELECT,
                List.of("Yes, I have a disability (or previously had a disability)", "No, I don't have a disability",
                        "I don't wish to answer"), QuestionSection.VOLUNTARY_SELF_ID,
                alex(new VoluntarySelfIdentification(null, null, null, null, "No")));
        assertEquals("No, I don't have a disability", disability.orElseThrow().value());
        assertEquals(Kind.PROFILE_FIELD, disability.orElseThrow().provenance().kind());
    }

    @Test
    void genderAskedAsAnOrdinaryFieldUsesPersonalInformation() {
        Optional<ResolvedAnswer> answer = resolve("Gender", QuestionType.SELECT, List.of("Female", "Male"),
                QuestionSection.CUSTOM, alex());
        assertEquals("Male", answer.orElseThrow().value());
        assertEquals("personalInformation.gender", answer.orElseThrow().provenance().source());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            I consent to the processing of my personal data for the purpose of this application. | checked
            By checking this box, I agree to the privacy notice                                   | checked
            I would like to receive marketing emails about future opportunities                   | NONE
            Please retain my data for consideration for other positions                          | NONE
            Sign me up for the newsletter                                                         | NONE
            """)
    void onlyTheConsentNeededToApplyIsTicked(String label, String expected) {
        Optional<ResolvedAnswer> answer = resolve(label, QuestionType.CHECKBOX, List.of(), QuestionSection.CONSENT, alex());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        answer.ifPresent(a -> assertEquals(Kind.SAFE_DEFAULT, a.provenance().kind()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Berlin                  | Berlin
            berlin, Lisbon          | Berlin; Lisbon
            Lisbon; Remote within the EU | Lisbon; Remote within the EU
            Berlin, Paris           | NONE
            """)
    void multiSelectAnswersMustAllBeOfferedOptions(String bankAnswer, String expected) {
        String label = "Which of our offices would you consider working from?";
        List<AnswerBankEntry> bank = List.of(new AnswerBankEntry(label, bankAnswer));
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion(label, "offices", QuestionType.MULTI_SELECT,
                List.of("Berlin", "Lisbon", "Remote within the EU"), false, QuestionSection.CUSTOM), alex(), bank);
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        answer.ifPresent(a -> assertEquals(List.of(expected.split("; ")), a.choices()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Berlin; Remote (EU, UK)  | Berlin; Remote (EU, UK)
            remote (eu, uk)          | Remote (EU, UK)
            berlin, LISBON           | Berlin; Lisbon
            Seattle                  | NONE
            Berlin, Seattle          | NONE
            """)
    void aSavedAnswerFitsAChoiceQuestionWhenItNamesOfferedOptions(String answer, String chosen) {
        PendingQuestion offices = new PendingQuestion("Which of our offices would you consider working from?",
                "multi_select", List.of("Berlin", "Lisbon", "Remote (EU, UK)"), true);
        assertEquals(chosen == null ? List.of() : List.of(chosen.split("; ")),
                AnswerResolver.chosenOptions(offices, answer));
        assertEquals(chosen != null, AnswerResolver.fits(offices, answer));
    }

    @Test
    void anyTextFitsFreeTextAndOnlyAYesTicksABox() {
        PendingQuestion why = new PendingQuestion("Why us?", "textarea", List.of(), true);
        PendingQuestion box = new PendingQuestion("I confirm this is accurate", "checkbox", List.of(), true);
        assertEquals(List.of(true, true, false), List.of(AnswerResolver.fits(why, "Because"),
                AnswerResolver.fits(new PendingQuestion("Why us?", null, List.of(), true), "Because"),
                AnswerResolver.fits(why, "  ")));
        assertEquals(List.of(true, false), List.of(AnswerResolver.fits(box, "yes"), AnswerResolver.fits(box, "Maybe")));
        assertEquals(List.of(), AnswerResolver.chosenOptions(why, "Because"), "free text names no option");
    }

    /** Alex with only the portfolio and website links given (NONE = not given); LinkedIn and GitHub stay set. */
    private static Profile alexWithLinks(String portfolio, String website) {
        Profile alex = alex();
        Miscellaneous m = alex.miscellaneous();
        return new Profile(alex.profileId(), alex.name(), alex.personalInformation(), alex.workExperience(),
                alex.education(), alex.skills(), alex.languages(), alex.certifications(), alex.achievements(),
                new Miscellaneous(m.linkedinUrl(), m.githubUrl(), portfolio, website, m.workAuthorization(),
                        m.requiresSponsorship(), m.willingToRelocate(), m.desiredSalary(), m.noticePeriod(),
                        m.earliestStartDate(), m.preferredName(), m.pronouns(), m.phoneType(), m.howDidYouHear(),
                        m.voluntarySelfIdentification(), m.coverLetter()),
                alex.resumes(), alex.answers(), null, null);
    }

    @ParameterizedTest(name = "{0} (portfolio {1}, website {2}) -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Website, Blog, or Portfolio       | NONE            | https://am.dev  | https://am.dev               | websiteUrl
            Website, Blog, or Portfolio       | https://pf.dev  | https://am.dev  | https://am.dev               | websiteUrl
            Website, Blog, or Portfolio       | https://pf.dev  | NONE            | https://pf.dev               | portfolioUrl
            Website, Blog, or Portfolio       | NONE            | NONE            | NONE                         | NONE
            Portfolio / Website               | https://pf.dev  | https://am.dev  | https://pf.dev               | portfolioUrl
            Portfolio or personal website URL | NONE            | https://am.dev  | https://am.dev               | websiteUrl
            Blog                              | NONE            | https://am.dev  | https://am.dev               | websiteUrl
            Other website                     | https://pf.dev  | https://am.dev  | https://am.dev               | websiteUrl
            Portfolio URL                     | NONE            | https://am.dev  | NONE                         | NONE
            Website                           | https://pf.dev  | NONE            | NONE                         | NONE
            GitHub or portfolio link          | https://pf.dev  | NONE            | https://github.com/amoreno   | githubUrl
            Portfolio or GitHub               | NONE            | NONE            | https://github.com/amoreno   | githubUrl
            LinkedIn Profile URL              | https://pf.dev  | https://am.dev  | https://www.linkedin.com/in/alex-moreno-dev | linkedinUrl
            """)
    void aLabelNamingSeveralLinksGetsTheFirstTheProfileHas(String label, String portfolio, String website,
                                                           String expected, String field) {
        Optional<ResolvedAnswer> answer = resolve(label, QuestionType.TEXT, List.of(), QuestionSection.STANDARD,
                alexWithLinks(portfolio, website));
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(field).map(f -> "miscellaneous." + f),
                answer.map(a -> a.provenance().source()));
        answer.ifPresent(a -> assertEquals(Kind.PROFILE_FIELD, a.provenance().kind()));
    }

    @Test
    void filesAreNeverAnswered() {
        assertEquals(Optional.empty(), resolve("Resume/CV", QuestionType.FILE, List.of(), QuestionSection.STANDARD, alex()));
    }

    @Test
    void coverLetterTextComesFromTheProfile() {
        Optional<ResolvedAnswer> answer = resolve("Cover Letter", QuestionType.TEXTAREA, List.of(),
                QuestionSection.CUSTOM, alex());
        assertEquals("I build dependable backend services.", answer.orElseThrow().value());
    }
}
