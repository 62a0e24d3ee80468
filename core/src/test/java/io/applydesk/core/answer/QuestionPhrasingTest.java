package io.applydesk.core.answer;

import io.applydesk.core.application.Provenance.Kind;
import io.applydesk.core.profile.AnswerBankEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real question phrasings from Greenhouse, Lever, Ashby, Workable, SmartRecruiters, BambooHR, Recruitee and
 * Workday forms, asked of Alex (AnswerResolverTest.alex()) in January 2026: which value the resolver sends and
 * where it says the value came from. YES_NO rows offer "Yes"/"No"; NONE means nothing is sent.
 */
class QuestionPhrasingTest {
    private static final Clock JANUARY_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final List<AnswerBankEntry> BANK = List.of(
            new AnswerBankEntry("How many years of experience do you have with Java?", "8"),
            new AnswerBankEntry("Why do you want to work at Acme?", "Your logistics platform."));

    private final AnswerResolver resolver = new AnswerResolver(JANUARY_2026);

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            YES_NO | Are you legally authorized to work in the United States?                          | Yes  | PROFILE_FIELD
            YES_NO | Do you have the right to work in the US?                                          | Yes  | PROFILE_FIELD
            YES_NO | Are you eligible to work in the U.S. without restriction?                         | Yes  | PROFILE_FIELD
            YES_NO | Are you legally eligible to work in the United States of America?                 | Yes  | PROFILE_FIELD
            YES_NO | Can you legally work in the USA?                                                  | Yes  | PROFILE_FIELD
            YES_NO | Are you currently authorised to work in the U.S.A. on a full-time basis?          | Yes  | PROFILE_FIELD
            YES_NO | Do you have a valid work permit for Canada?                                       | No   | PROFILE_FIELD
            YES_NO | Are you permitted to work in Canada?                                              | No   | PROFILE_FIELD
            YES_NO | Are you legally authorized to work in the country where this job is located?      | NONE | NONE
            YES_NO | Are you authorized to work in Germany?                                            | NONE | NONE
            YES_NO | Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)? | No | PROFILE_FIELD
            YES_NO | Will you now, or in the future, require sponsorship for employment visa status?   | No   | PROFILE_FIELD
            YES_NO | Do you require visa sponsorship?                                                  | No   | PROFILE_FIELD
            YES_NO | Will you need us to sponsor a work visa?                                          | No   | PROFILE_FIELD
            YES_NO | Will you require an H-1B visa to work for us?                                     | No   | PROFILE_FIELD
            YES_NO | Are you willing to relocate?                                                      | Yes  | PROFILE_FIELD
            YES_NO | Would you be open to relocating to Austin, TX?                                    | Yes  | PROFILE_FIELD
            YES_NO | Are you open to relocation?                                                       | Yes  | PROFILE_FIELD
            TEXT   | Earliest start date                                                               | 2027-02-01 | PROFILE_FIELD
            TEXT   | When can you start?                                                               | 2027-02-01 | PROFILE_FIELD
            TEXT   | When could you start?                                                             | 2027-02-01 | PROFILE_FIELD
            TEXT   | Date available                                                                    | 2027-02-01 | PROFILE_FIELD
            TEXT   | Desired start date (MM/DD/YYYY)                                                   | 02/01/2027 | COMPUTED
            TEXT   | What is your notice period?                                                       | 3 weeks | PROFILE_FIELD
            TEXT   | How much notice do you need to give your current employer?                        | 3 weeks | PROFILE_FIELD
            TEXT   | What are your salary expectations?                                                | 140000 USD | PROFILE_FIELD
            TEXT   | Desired salary                                                                    | 140000 USD | PROFILE_FIELD
            TEXT   | What are your compensation expectations for this role?                            | 140000 USD | PROFILE_FIELD
            TEXT   | What are your pay expectations?                                                   | 140000 USD | PROFILE_FIELD
            TEXT   | Current company                                                                   | Harborline Logistics | COMPUTED
            TEXT   | Current Employer                                                                  | Harborline Logistics | COMPUTED
            TEXT   | Company name                                                                      | Harborline Logistics | COMPUTED
            TEXT   | Where do you currently work?                                                      | Harborline Logistics | COMPUTED
            TEXT   | Current job title                                                                 | Backend Engineer | COMPUTED
            TEXT   | Current Role                                                                      | Backend Engineer | COMPUTED
            TEXT   | Title                                                                             | Backend Engineer | COMPUTED
            TEXT   | Years of experience                                                               | 7    | COMPUTED
            TEXT   | How many years of professional experience do you have?                            | 7    | COMPUTED
            TEXT   | Total years of experience                                                         | 7    | COMPUTED
            TEXT   | How many years of relevant experience do you have?                                | 7    | COMPUTED
            YES_NO | Do you have at least 5 years of professional experience?                          | Yes  | COMPUTED
            YES_NO | Do you have 10+ years of experience?                                              | No   | COMPUTED
            YES_NO | Do you have more than 8 years of experience?                                      | No   | COMPUTED
            TEXT   | How many years of experience do you have with Java?                               | 8    | ANSWER_BANK
            TEXT   | How many years of experience do you have with Kubernetes?                         | NONE | NONE
            YES_NO | Do you have at least 3 years of experience with Go?                               | NONE | NONE
            TEXT   | What is your highest level of education?                                          | Bachelor of Science | COMPUTED
            TEXT   | Highest degree obtained                                                           | Bachelor of Science | COMPUTED
            TEXT   | Education level                                                                   | Bachelor of Science | COMPUTED
            TEXT   | School                                                                            | Oregon State University | PROFILE_FIELD
            TEXT   | Which university did you attend?                                                  | Oregon State University | PROFILE_FIELD
            TEXT   | College / University                                                              | Oregon State University | PROFILE_FIELD
            TEXT   | Graduation year                                                                   | 2018 | COMPUTED
            TEXT   | What year did you graduate?                                                       | 2018 | COMPUTED
            TEXT   | What year did you graduate from university?                                       | 2018 | COMPUTED
            TEXT   | Graduation date (MM/YYYY)                                                         | 06/2018 | COMPUTED
            TEXT   | Expected graduation date                                                          | 2018-06 | COMPUTED
            TEXT   | Which university did you graduate from?                                           | Oregon State University | PROFILE_FIELD
            YES_NO | Do you need H1B sponsorship?                                                      | No   | PROFILE_FIELD
            TEXT   | Degree                                                                            | Bachelor of Science | PROFILE_FIELD
            TEXT   | Field of study                                                                    | Computer Science | PROFILE_FIELD
            TEXT   | Major                                                                             | Computer Science | PROFILE_FIELD
            TEXT   | LinkedIn Profile                                                                  | https://www.linkedin.com/in/alex-moreno-dev | PROFILE_FIELD
            TEXT   | LinkedIn URL                                                                      | https://www.linkedin.com/in/alex-moreno-dev | PROFILE_FIELD
            TEXT   | Linkedin                                                                          | https://www.linkedin.com/in/alex-moreno-dev | PROFILE_FIELD
            TEXT   | GitHub URL                                                                        | https://github.com/amoreno | PROFILE_FIELD
            TEXT   | Github profile                                                                    | https://github.com/amoreno | PROFILE_FIELD
            TEXT   | Portfolio URL                                                                     | NONE | NONE
            TEXT   | Website                                                                           | NONE | NONE
            TEXT   | Personal site                                                                     | NONE | NONE
            TEXT   | Pronouns                                                                          | he/him | PROFILE_FIELD
            TEXT   | What are your pronouns?                                                           | he/him | PROFILE_FIELD
            TEXT   | Preferred name                                                                    | Alex | PROFILE_FIELD
            TEXT   | Preferred First Name                                                              | Alex | PROFILE_FIELD
            TEXT   | Nickname                                                                          | Alex | PROFILE_FIELD
            TEXT   | How did you hear about this job?                                                  | LinkedIn | PROFILE_FIELD
            TEXT   | How did you hear about us?                                                        | LinkedIn | PROFILE_FIELD
            TEXT   | Where did you first hear about this opportunity?                                  | LinkedIn | PROFILE_FIELD
            TEXT   | Source                                                                            | LinkedIn | PROFILE_FIELD
            TEXT   | Cover Letter                                                                      | I build dependable backend services. | PROFILE_FIELD
            TEXT   | Full Name                                                                         | Alex Moreno | COMPUTED
            TEXT   | Name                                                                              | Alex Moreno | COMPUTED
            TEXT   | Legal Name                                                                        | Alex Moreno | COMPUTED
            TEXT   | Phone                                                                             | +1 2065550198 | PROFILE_FIELD
            TEXT   | Phone number (include country code)                                               | +1 206-555-0198 | COMPUTED
            TEXT   | Mobile number without country code                                                | 2065550198 | COMPUTED
            TEXT   | Country code                                                                      | +1   | COMPUTED
            TEXT   | Phone country code                                                                | +1   | COMPUTED
            TEXT   | Phone Number                                                                      | +1 2065550198 | PROFILE_FIELD
            TEXT   | Phone Extension                                                                   | NONE | NONE
            TEXT   | Phone extension (optional)                                                        | NONE | NONE
            TEXT   | Ext.                                                                              | NONE | NONE
            TEXT   | Phone Device Type                                                                 | Mobile | PROFILE_FIELD
            TEXT   | Phone number type                                                                 | Mobile | PROFILE_FIELD
            TEXT   | Type of phone                                                                     | Mobile | PROFILE_FIELD
            TEXT   | Country Phone Code                                                                | +1   | COMPUTED
            TEXT   | Country/Region Phone Code                                                         | +1   | COMPUTED
            TEXT   | Phone Code                                                                        | +1   | COMPUTED
            TEXT   | Country calling code                                                              | +1   | COMPUTED
            TEXT   | International dialing code                                                        | +1   | COMPUTED
            TEXT   | Phone number country code                                                         | +1   | COMPUTED
            TEXT   | Code                                                                              | NONE | NONE
            TEXT   | Promo code                                                                        | NONE | NONE
            TEXT   | Email Address                                                                     | alex.moreno@example.com | PROFILE_FIELD
            TEXT   | Confirm your email                                                                | alex.moreno@example.com | PROFILE_FIELD
            TEXT   | Address Line 1                                                                    | 1200 Pine St, Unit 5 | PROFILE_FIELD
            TEXT   | Postal Code                                                                       | 98101 | PROFILE_FIELD
            TEXT   | ZIP                                                                               | 98101 | PROFILE_FIELD
            TEXT   | Middle Name                                                                       | NONE | NONE
            TEXT   | Desired Pay                                                                       | 140000 USD | PROFILE_FIELD
            TEXT   | School or University                                                              | Oregon State University | PROFILE_FIELD
            TEXT   | Field of Study                                                                    | Computer Science | PROFILE_FIELD
            TEXT   | LinkedIn Profile URL                                                              | https://www.linkedin.com/in/alex-moreno-dev | PROFILE_FIELD
            TEXT   | Website, Blog, or Portfolio                                                       | NONE | NONE
            TEXT   | How did you hear about us (LinkedIn, a friend, a job board)?                      | LinkedIn | PROFILE_FIELD
            TEXT   | How did you hear about this job (e.g. email, phone call, website)?                | LinkedIn | PROFILE_FIELD
            TEXT   | Who referred you for this position?                                               | NONE | NONE
            TEXT   | Headline                                                                          | NONE | NONE
            TEXT   | Summary                                                                           | NONE | NONE
            YES_NO | Are you willing to relocate to Portland?                                          | Yes  | PROFILE_FIELD
            YES_NO | Have you previously worked for this company as an employee or contractor?         | NONE | NONE
            TEXT   | Where are you currently based?                                                    | Seattle, WA, United States | COMPUTED
            TEXT   | Current location                                                                  | Seattle, WA, United States | COMPUTED
            TEXT   | Why do you want to work at Acme?                                                  | Your logistics platform. | ANSWER_BANK
            YES_NO | Are you at least 18 years of age?                                                 | NONE | NONE
            YES_NO | Have you previously worked for Acme?                                              | NONE | NONE
            TEXT   | What is your favourite programming paradigm?                                      | NONE | NONE
            """)
    void phrasingsMapToTheProfileFieldTheyMean(QuestionType type, String label, String expected, Kind kind) {
        List<String> options = type == QuestionType.YES_NO ? List.of("Yes", "No") : List.of();
        Optional<ResolvedAnswer> answer = resolver.resolve(
                new FormQuestion(label, "q", type, options, true, QuestionSection.CUSTOM), AnswerResolverTest.alex(), BANK);
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(kind), answer.map(a -> a.provenance().kind()));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Country                                   | Canada / United States of America / Mexico                 | United States of America   | PROFILE_FIELD
            State                                     | Oregon / Texas / Washington                                | Washington                 | PROFILE_FIELD
            What is your highest level of education?  | High School / Associate / Bachelor's Degree / Master's Degree | Bachelor's Degree       | COMPUTED
            Degree                                    | Bachelor's / Master's / PhD                                | Bachelor's                 | PROFILE_FIELD
            Years of experience                       | 0-2 / 3-5 / 6-9 / 10+                                      | 6-9                        | COMPUTED
            How many years of professional experience do you have? | Less than 1 year / 1-4 years / 5+ years       | 5+ years                   | COMPUTED
            Are you legally authorized to work in the United States? | I am / I am not                             | I am                       | PROFILE_FIELD
            Do you require sponsorship?               | Yes, now or in the future / No                             | No                         | PROFILE_FIELD
            Graduation year                           | 2016 / 2017 / 2018 / 2019                                  | 2018                       | COMPUTED
            How did you hear about us?                | Indeed / LinkedIn / Referral                               | LinkedIn                   | PROFILE_FIELD
            Country                                   | Canada / Mexico                                            | NONE                       | NONE
            Years of experience                       | 0-2 / 3-5                                                  | NONE                       | NONE
            """)
    void profileValuesLandOnTheOptionThatMeansThem(String label, String options, String expected, Kind kind) {
        Optional<ResolvedAnswer> answer = resolver.resolve(new FormQuestion(label, "q", QuestionType.SELECT,
                List.of(options.split("\\s*/\\s*")), true, QuestionSection.CUSTOM), AnswerResolverTest.alex(), BANK);
        assertEquals(Optional.ofNullable(expected), answer.map(ResolvedAnswer::value));
        assertEquals(Optional.ofNullable(kind), answer.map(a -> a.provenance().kind()));
    }
}
