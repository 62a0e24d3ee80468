package io.applydesk.core.answer;

import io.applydesk.core.application.Provenance.Kind;
import io.applydesk.core.profile.Miscellaneous;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Phone numbers split and written per form with libphonenumber; dates in the form's format. */
class PhoneAndDateTest {
    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private final AnswerResolver resolver = new AnswerResolver(JANUARY_2026);

    private static PersonalInformation person(String countryCode, String phone, String country) {
        return new PersonalInformation("Alex", "Moreno", "a@example.com", countryCode, phone, null, null, null, null,
                null, country, null);
    }

    @ParameterizedTest(name = "{0} {1} ({2}) -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            +1   | 5125550147       | United States  | US | 1  | 5125550147 | +15125550147  | +1 512-555-0147  | (512) 555-0147 | +1 5125550147     | '' | NONE
            1    | (512) 555-0147   | United States  | US | 1  | 5125550147 | +15125550147  | +1 512-555-0147  | (512) 555-0147 | +1 (512) 555-0147 | '' | NONE
            +1   | 6135550123       | Canada         | CA | 1  | 6135550123 | +16135550123  | +1 613-555-0123  | (613) 555-0123 | +1 6135550123     | '' | NONE
            +1   | 6135550123       | NONE           | CA | 1  | 6135550123 | +16135550123  | +1 613-555-0123  | (613) 555-0123 | +1 6135550123     | '' | NONE
            +1   | 6135550123       | United States  | US | 1  | 6135550123 | +16135550123  | +1 613-555-0123  | (613) 555-0123 | +1 6135550123     | '' | NONE
            +44  | 07911 123456     | United Kingdom | GB | 44 | 7911123456 | +447911123456 | +44 7911 123456  | 07911 123456   | +44 07911 123456  | '' | Mobile
            +49  | 030 123456       | Germany        | DE | 49 | 30123456   | +4930123456   | +49 30 123456    | 030 123456     | +49 030 123456    | '' | Landline
            NONE | +49 30 123456    | Germany        | DE | 49 | 30123456   | +4930123456   | +49 30 123456    | 030 123456     | +49 30 123456     | '' | Landline
            NONE | 030 123456       | Germany        | DE | 49 | 30123456   | +4930123456   | +49 30 123456    | 030 123456     | 030 123456        | '' | Landline
            +1   | 2065550198 ext. 12 | United States | US | 1 | 2065550198 | +12065550198  | +1 206-555-0198 ext. 12 | (206) 555-0198 ext. 12 | +1 2065550198 ext. 12 | 12 | NONE
            """)
    void phonesAreReadWithTheirCountry(String code, String typed, String country, String region, int callingCode,
                                       String nationalNumber, String e164, String international, String national,
                                       String codeAndNumber, String extension, String lineType) {
        CandidatePhone phone = CandidatePhone.of(person(code, typed, country)).orElseThrow();
        assertEquals(new CandidatePhone(region, callingCode, nationalNumber, e164, international, national,
                codeAndNumber, extension, lineType), phone);
    }

    @Test
    void anUnreadablePhoneIsNotParsedButStillSentAsTyped() {
        PersonalInformation pi = person("+1", "call me", "United States");
        assertEquals(Optional.empty(), CandidatePhone.of(pi));
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion("Phone", "phone", QuestionType.TEXT,
                List.of(), true, QuestionSection.STANDARD), profileWith(pi), List.of());
        assertEquals("call me", answer.orElseThrow().value());
        assertEquals(Kind.PROFILE_FIELD, answer.orElseThrow().provenance().kind());
    }

    private static Profile profileWith(PersonalInformation pi) {
        Profile alex = AnswerResolverTest.alex();
        return new Profile(alex.profileId(), alex.name(), pi, alex.workExperience(), alex.education(), alex.skills(),
                alex.languages(), alex.certifications(), alex.achievements(), alex.miscellaneous(), alex.resumes(),
                alex.answers(), null, null);
    }

    /** Alex: +1 2065550198 in the United States. */
    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Phone                                 | NONE              | +1 2065550198
            Phone *                               | (201) 555-0123    | (206) 555-0198
            Mobile phone                          | +1 201-555-0123   | +1 206-555-0198
            Phone                                 | +12015550123      | +12065550198
            Phone                                 | 2015550123        | 2065550198
            Phone number (E.164)                  | NONE              | +12065550198
            Phone number in international format  | NONE              | +1 206-555-0198
            Phone number in national format       | NONE              | (206) 555-0198
            Phone number (without country code)   | NONE              | 2065550198
            Local phone number                    | NONE              | 2065550198
            Phone                                 | Enter your phone  | +1 2065550198
            """)
    void phoneTextFieldsAreWrittenAsTheFormAsks(String label, String placeholder, String expected) {
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion(label, "phone", QuestionType.TEXT,
                List.of(), true, QuestionSection.STANDARD, placeholder), AnswerResolverTest.alex(), List.of());
        assertEquals(expected, answer.orElseThrow().value());
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Country code       | Canada (+1) / United States (+1) / United Kingdom (+44)  | United States (+1)
            Country code       | +44 / +1 / +49                                           | +1
            Phone country code | US +1 / CA +1 / GB +44                                   | US +1
            Country Code       | Canada / United States / Mexico                          | United States
            Country code       | +44 / +49                                                | NONE
            Country code       | Canada (+1) / Jamaica (+1)                               | NONE
            """)
    void countryCodeSelectsPickTheCandidatesCountry(String label, String options, String expected) {
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion(label, "country_code", QuestionType.SELECT,
                List.of(options.split("\\s*/\\s*")), true, QuestionSection.STANDARD), AnswerResolverTest.alex(), List.of());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        answer.ifPresent(a -> assertEquals(Kind.COMPUTED, a.provenance().kind()));
    }

    /** Alex with this phone, country and phone type (NONE = not given). */
    private static Profile alexWithPhone(String typed, String country, String phoneType) {
        Profile alex = profileWith(person(null, typed, country));
        Miscellaneous m = alex.miscellaneous();
        return new Profile(alex.profileId(), alex.name(), alex.personalInformation(), alex.workExperience(),
                alex.education(), alex.skills(), alex.languages(), alex.certifications(), alex.achievements(),
                new Miscellaneous(m.linkedinUrl(), m.githubUrl(), m.portfolioUrl(), m.websiteUrl(), m.workAuthorization(),
                        m.requiresSponsorship(), m.willingToRelocate(), m.desiredSalary(), m.noticePeriod(),
                        m.earliestStartDate(), m.preferredName(), m.pronouns(), phoneType, m.howDidYouHear(),
                        m.voluntarySelfIdentification(), m.coverLetter()),
                alex.resumes(), alex.answers(), null, null);
    }

    /**
     * The questions beside a phone number (Workday's phoneNumber--extension, --phoneType, --countryPhoneCode):
     * answered from the number and the profile, never with the whole number, and left empty when nothing tells.
     */
    @ParameterizedTest(name = "{3} [{4}] with {0} ({1}, {2}) -> {5}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            +1 2065550198          | United States  | Mobile | Phone Extension    | NONE                    | NONE          | NONE
            +1 2065550198 ext. 12  | United States  | Mobile | Phone Extension    | NONE                    | 12            | COMPUTED
            +1 2065550198 x204     | United States  | Mobile | Extension          | NONE                    | 204           | COMPUTED
            +1 2065550198 ext. 12  | United States  | Mobile | Ext.               | NONE                    | 12            | COMPUTED
            +1 2065550198 ext. 12  | United States  | Mobile | Phone Number (E.164) | NONE                  | +12065550198  | COMPUTED
            +1 2065550198          | United States  | Mobile | Phone Device Type  | Home / Landline / Mobile | Mobile       | PROFILE_FIELD
            +1 2065550198          | United States  | Cell   | Phone Type         | Mobile / Home / Work    | Mobile        | PROFILE_FIELD
            +1 2065550198          | United States  | Work   | Phone Type         | Mobile / Home / Work    | Work          | PROFILE_FIELD
            +1 2065550198          | United States  | Pager  | Phone Type         | Mobile / Home / Work    | NONE          | NONE
            +1 2065550198          | United States  | NONE   | Phone Device Type  | Home / Landline / Mobile | NONE         | NONE
            +44 07911 123456       | United Kingdom | NONE   | Phone Device Type  | Home / Landline / Mobile | Mobile       | COMPUTED
            +49 030 123456         | Germany        | NONE   | Phone Device Type  | Home / Landline / Mobile | Landline     | COMPUTED
            +49 030 123456         | Germany        | NONE   | Phone Type         | Mobile / Home / Work    | NONE          | NONE
            +1 2065550198          | United States  | Mobile | Country Phone Code | Canada (+1) / Germany (+49) / United Kingdom (+44) / United States of America (+1) | United States of America (+1) | COMPUTED
            +1 6135550123          | Canada         | Mobile | Country Phone Code | Canada (+1) / Germany (+49) / United Kingdom (+44) / United States of America (+1) | Canada (+1) | COMPUTED
            +1 6135550123          | NONE           | Mobile | Country Phone Code | Canada (+1) / Germany (+49) / United Kingdom (+44) / United States of America (+1) | Canada (+1) | COMPUTED
            +44 07911 123456       | United Kingdom | Mobile | Country Phone Code | Canada (+1) / Germany (+49) / United Kingdom (+44) / United States of America (+1) | United Kingdom (+44) | COMPUTED
            +1 2065550198          | United States  | Mobile | Country/Region Phone Code | US +1 / CA +1 / GB +44 | US +1                  | COMPUTED
            +1 6135550123          | Canada         | Mobile | Phone country code | US +1 / CA +1 / GB +44  | CA +1                   | COMPUTED
            +1 2065550198          | United States  | Mobile | Country code       | +1 / +44 / +49          | +1                      | COMPUTED
            """)
    void questionsBesideThePhoneAreAnsweredFromTheNumber(String typed, String country, String phoneType, String label,
                                                          String options, String expected, Kind kind) {
        List<String> offered = options == null ? List.of() : List.of(options.split("\\s*/\\s*"));
        QuestionType type = offered.isEmpty() ? QuestionType.TEXT : QuestionType.SELECT;
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion(label, "phone", type, offered, false,
                QuestionSection.STANDARD), alexWithPhone(typed, country, phoneType), List.of());
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(kind), answer.map(a -> a.provenance().kind()));
    }

    @ParameterizedTest(name = "{0} with [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            2027-02-01  | Start date                   | 2027-02-01
            2027-02-01  | Start date MM/DD/YYYY        | 02/01/2027
            2027-02-01  | Start date mm/dd/yyyy        | 02/01/2027
            2027-02-01  | Start date (DD/MM/YYYY)      | 01/02/2027
            2027-02-01  | Start date DD.MM.YYYY        | 01.02.2027
            2027-02-01  | Available from YYYY-MM-DD    | 2027-02-01
            2027-02-01  | Start date MM-DD-YYYY        | 02-01-2027
            2027-02-01  | Start date (MM/YYYY)         | 02/2027
            2027-02-01  | Start month (MM)             | 02
            2027-02-01  | Start year (YYYY)            | 2027
            2027-02-01  | Month                        | 02
            2020-03     | MM                           | 03
            2020-03     | YYYY                         | 2020
            2020-03     | From MM YYYY                 | 03 2020
            2018-06     | Graduation date MM/YYYY      | 06/2018
            2018-06     | Graduation date MM/DD/YYYY   | NONE
            2018-06     | Year                         | 2018
            2018        | Year                         | 2018
            2018        | Month                        | NONE
            Immediately | Start date                   | Immediately
            Immediately | Start date MM/DD/YYYY        | NONE
            """)
    void datesFollowTheStatedFormat(String profileDate, String hints, String expected) {
        assertEquals(Optional.ofNullable(expected), FormDates.format(profileDate, hints));
    }

    @Test
    void theStartDateUsesThePlaceholderFormat() {
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion("Earliest start date", "start",
                QuestionType.TEXT, List.of(), true, QuestionSection.CUSTOM, "MM/DD/YYYY"), AnswerResolverTest.alex(),
                List.of());
        assertEquals("02/01/2027", answer.orElseThrow().value());
        assertEquals(Kind.COMPUTED, answer.orElseThrow().provenance().kind());
    }
}
