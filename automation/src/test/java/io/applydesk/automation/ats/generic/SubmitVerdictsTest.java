package io.applydesk.automation.ats.generic;

import io.applydesk.automation.ats.SubmitResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The rule set that decides what an unknown site's answer to a submit means; only clear confirmations count. */
class SubmitVerdictsTest {
    private static final String URL = "https://careers.example.com/jobs/42";

    private static PageAfterSubmit page(int status, String url, List<String> headings, String body, boolean formShown) {
        return new PageAfterSubmit(status, url, "", headings, List.of(), List.of(), body, formShown, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you for applying!", "Thanks for your application", "Application received",
            "Your application has been submitted", "We’ve received your application", "You have successfully applied"})
    void aHeadingThatSaysTheApplicationArrivedIsAConfirmation(String heading) {
        SubmitResult result = SubmitVerdicts.classify(page(200, URL, List.of(heading), heading, false));
        assertEquals(new SubmitResult.Confirmed(URL), result);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OK", "Careers", "Thank you for your interest in Example Co.", "Success", "Submitted"})
    void vagueAnswersAreNeverConfirmations(String heading) {
        SubmitResult result = SubmitVerdicts.classify(page(200, URL, List.of(heading), heading, false));
        assertInstanceOf(SubmitResult.Unrecognised.class, result);
    }

    @Test
    void aThankYouUrlCountsOnlyWithTextThatSaysSo() {
        String thanks = "https://careers.example.com/thank-you";
        assertEquals(new SubmitResult.Confirmed(thanks), SubmitVerdicts.classify(page(200, thanks, List.of("Great news"),
                "Great news\nYour application was received. We will write soon.", false)));
        assertInstanceOf(SubmitResult.Unrecognised.class, SubmitVerdicts.classify(page(200, thanks, List.of(),
                "Welcome back", false)));
    }

    @Test
    void confirmationWordsNextToTheSameFormAgainAreNotAConfirmation() {
        SubmitResult result = SubmitVerdicts.classify(page(200, URL, List.of("Thank you for applying"), "", true));
        assertEquals(new SubmitResult.Unrecognised("it showed the application form again"), result);
    }

    @Test
    void aServerErrorIsUnrecognisedEvenWithFriendlyWords() {
        SubmitResult result = SubmitVerdicts.classify(page(500, URL, List.of("Application received"), "", false));
        assertEquals(new SubmitResult.Unrecognised("the site answered with a server error, HTTP 500"), result);
    }

    @Test
    void theFormAgainWithInvalidFieldsIsRejectedWithTheSitesWords() {
        PageAfterSubmit again = new PageAfterSubmit(422, URL, "Apply", List.of("Apply"),
                List.of("Please correct the errors below."), List.of("Email: is already in use"), "", true, false);
        assertEquals(new SubmitResult.Rejected(List.of("Please correct the errors below.", "Email: is already in use")),
                SubmitVerdicts.classify(again));
        PageAfterSubmit silent = page(400, URL, List.of("Apply"), "", true);
        assertEquals(new SubmitResult.Rejected(List.of("The site refused the form (HTTP 400) without saying why.")),
                SubmitVerdicts.classify(silent));
    }

    @Test
    void aCaptchaIsBlockedAndAlreadyAppliedQuotesTheSentence() {
        PageAfterSubmit captcha = new PageAfterSubmit(200, URL, "", List.of("One more step"), List.of(), List.of(),
                "", false, true);
        assertInstanceOf(SubmitResult.Blocked.class, SubmitVerdicts.classify(captcha));
        PageAfterSubmit duplicate = page(200, URL, List.of("Data Engineer"),
                "Example Co.\nData Engineer\nYou have already applied for this position. See you!", false);
        assertEquals(new SubmitResult.AlreadyApplied("You have already applied for this position."),
                SubmitVerdicts.classify(duplicate));
    }
}
