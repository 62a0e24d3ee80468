package io.applydesk.core.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Wanted answer + offered options (separated by "/") → the option picked, NONE for none. */
class ChoiceMatcherTest {

    private static Optional<String> match(String wanted, String options) {
        return ChoiceMatcher.match(wanted, List.of(options.split("\\s*/\\s*")));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Yes   | Yes / No                                                              | Yes
            yes   | YES / NO                                                              | YES
            Yes   | Y / N                                                                 | Y
            No    | Y / N                                                                 | N
            Yes   | True / False                                                          | True
            No    | True / False                                                          | False
            Yes   | I am / I am not                                                       | I am
            No    | I am / I am not                                                       | I am not
            Yes   | I do / I do not                                                       | I do
            No    | I do / I don't                                                        | I don't
            Yes   | Yes, I am authorized to work in the US / No, I will need sponsorship  | Yes, I am authorized to work in the US
            No    | Yes, I am authorized to work in the US / No, I will need sponsorship  | No, I will need sponsorship
            No    | I am / I am not / I don't wish to answer                              | I am not
            Yes   | Yes, now / Yes, in the future / No                                    | NONE
            Yes   | Maybe / Later                                                         | NONE
            No    | Norway / Sweden                                                       | NONE
            """)
    void yesAndNoSynonyms(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            United States            | Canada / United States of America / Mexico          | United States of America
            United States            | CA / US / MX                                        | US
            United States            | Canada / USA / Mexico                               | USA
            USA                      | Canada / United States / Mexico                     | United States
            U.S.                     | Canada / United States / Mexico                     | United States
            US                       | Canada / United States / Mexico                     | United States
            United States of America | United Kingdom / United States                      | United States
            UK                       | United Kingdom / United States                      | United Kingdom
            Great Britain            | Germany / United Kingdom                            | United Kingdom
            Germany                  | DE / FR                                             | DE
            South Korea              | Korea, Republic of / Japan                          | Korea, Republic of
            India                    | Indonesia / Iran                                    | NONE
            Atlantis                 | Canada / United States                              | NONE
            """)
    void countryNamesAndCodes(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            WA          | Oregon / Washington / Texas         | Washington
            TX          | Oregon / Washington / Texas         | Texas
            Texas       | OR / WA / TX                        | TX
            New York    | NJ / NY / CT                        | NY
            OR          | Ohio / Oregon / Oklahoma            | Oregon
            DC          | District of Columbia / Virginia     | District of Columbia
            or          | Ohio / Oregon / Oklahoma            | NONE
            Ontario     | Oregon / Washington                 | NONE
            """)
    void usStateNamesAndAbbreviations(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            7   | 0-2 / 3-5 / 6-9 / 10+                                            | 6-9
            10  | 0-2 / 3-5 / 6-9 / 10+                                            | 10+
            2   | 0-2 / 3-5 / 6-9 / 10+                                            | 0-2
            0   | Less than 1 year / 1-2 years / 3-4 years / 5+ years              | Less than 1 year
            1   | Less than 1 year / 1-2 years / 3-4 years / 5+ years              | 1-2 years
            12  | Less than 1 year / 1-2 years / 3-4 years / 5+ years              | 5+ years
            7   | Under 2 years / 2 - 5 years / More than 5 years                  | More than 5 years
            5   | Under 2 years / 2 - 5 years / More than 5 years                  | 2 - 5 years
            11  | 1 to 5 years / 6 to 10 years / 10 or more years                  | 10 or more years
            10  | 1-3 / 3-5 / 5-10 / 10+                                           | NONE
            5   | 1-3 / 3-5 / 5+                                                   | NONE
            4   | 0-2 / 6-9                                                        | NONE
            7   | Junior / Senior                                                  | NONE
            """)
    void numbersPickTheirBucket(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Bachelor of Science        | High School / Associate's Degree / Bachelor's Degree / Master's Degree / Doctorate | Bachelor's Degree
            BSc Computer Science       | High School / Bachelor's / Master's / PhD                                          | Bachelor's
            Bachelor of Arts           | High School Diploma / Bachelors / Masters                                          | Bachelors
            Master of Science          | Bachelor's Degree / Master's Degree / Doctorate                                    | Master's Degree
            MBA                        | Bachelor's Degree / Master's Degree / Doctorate                                    | Master's Degree
            Doctor of Philosophy       | Bachelor's Degree / Master's Degree / Ph.D.                                        | Ph.D.
            Associate of Applied Science | High school or equivalent / Associate degree / Bachelor's degree                 | Associate degree
            Bachelor of Science        | High School / Master's / PhD                                                       | NONE
            Master of Science          | Master's Degree / MBA / PhD                                                        | NONE
            """)
    void degreeLevels(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }

    @ParameterizedTest(name = "{0} in [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Berlin         | Berlin / Lisbon                        | Berlin
            berlin!        | Berlin / Lisbon                        | Berlin
            LinkedIn       | LinkedIn (job post) / Company website  | LinkedIn (job post)
            Referral       | Employee referral / Job board          | NONE
            Lisbon         | Lisbon office / Lisbon remote          | NONE
            """)
    void exactNormalisedOrTheOneOptionStartingWithTheAnswer(String wanted, String options, String expected) {
        assertEquals(Optional.ofNullable(expected), match(wanted, options));
    }
}
