package io.applydesk.core.profile;

import java.util.function.Function;

/** The web links kept in {@code miscellaneous}, in form order, with the words a person reads in messages. */
public enum ProfileLink {
    LINKEDIN("linkedinUrl", "LinkedIn", Miscellaneous::linkedinUrl),
    GITHUB("githubUrl", "GitHub", Miscellaneous::githubUrl),
    PORTFOLIO("portfolioUrl", "portfolio", Miscellaneous::portfolioUrl),
    WEBSITE("websiteUrl", "website", Miscellaneous::websiteUrl);

    private final String apiName;
    private final String words;
    private final Function<Miscellaneous, String> getter;

    ProfileLink(String apiName, String words, Function<Miscellaneous, String> getter) {
        this.apiName = apiName;
        this.words = words;
        this.getter = getter;
    }

    /** The hosted API's key in {@code miscellaneous}, e.g. {@code linkedinUrl}. */
    public String apiName() {
        return apiName;
    }

    /** How a message names it, e.g. "LinkedIn" or "portfolio". */
    public String words() {
        return words;
    }

    /** The link in {@code misc}, or null when {@code misc} is null. */
    public String valueIn(Miscellaneous misc) {
        return misc == null ? null : getter.apply(misc);
    }
}
