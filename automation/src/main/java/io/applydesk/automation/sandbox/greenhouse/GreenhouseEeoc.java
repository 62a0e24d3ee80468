package io.applydesk.automation.sandbox.greenhouse;

import java.util.List;

/**
 * The U.S. EEO self-identification questions of the classic form with Greenhouse's own option texts.
 * The race question is only shown when the candidate answers "No" to the Hispanic/Latino question.
 */
final class GreenhouseEeoc {

    /** One select: its field name, label, and options. */
    record Question(String name, String label, List<Choice> options) {
    }

    /** An option: the submitted value and the text shown. */
    record Choice(String value, String text) {
    }

    static final Question GENDER = new Question(GreenhouseFields.GENDER, "Gender", List.of(
            option("1", "Male"),
            option("2", "Female"),
            option("3", "Decline To Self Identify")));

    static final Question HISPANIC_ETHNICITY = new Question(GreenhouseFields.HISPANIC_ETHNICITY,
            "Are you Hispanic/Latino?", List.of(
            option("Yes", "Yes"),
            option("No", "No"),
            option("Decline To Self Identify", "Decline To Self Identify")));

    static final Question RACE = new Question(GreenhouseFields.RACE, "Please identify your race", List.of(
            option("1", "American Indian or Alaskan Native"),
            option("2", "Asian"),
            option("3", "Black or African American"),
            option("4", "Hispanic or Latino"),
            option("5", "White"),
            option("6", "Native Hawaiian or Other Pacific Islander"),
            option("7", "Two or More Races"),
            option("8", "Decline To Self Identify")));

    static final Question VETERAN_STATUS = new Question(GreenhouseFields.VETERAN_STATUS, "Veteran Status", List.of(
            option("1", "I am not a protected veteran"),
            option("2", "I identify as one or more of the classifications of protected veteran"),
            option("3", "I don't wish to answer")));

    static final Question DISABILITY_STATUS = new Question(GreenhouseFields.DISABILITY_STATUS, "Disability Status",
            List.of(
            option("1", "Yes, I have a disability (or previously had a disability)"),
            option("2", "No, I do not have a disability and have not had one in the past"),
            option("3", "I do not want to answer")));

    private GreenhouseEeoc() {
    }

    private static Choice option(String value, String text) {
        return new Choice(value, text);
    }
}
