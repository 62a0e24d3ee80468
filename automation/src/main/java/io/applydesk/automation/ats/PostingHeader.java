package io.applydesk.automation.ats;

/** A posting's title and company as its page shows them; either may be null. */
public record PostingHeader(String title, String companyName) {
}
