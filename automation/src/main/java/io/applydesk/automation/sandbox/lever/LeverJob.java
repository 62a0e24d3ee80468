package io.applydesk.automation.sandbox.lever;

import java.util.List;

/**
 * A posting of the Lever replica and the shape of its application form.
 *
 * @param site            the company's site name in {@code /{site}/{postingId}}
 * @param postingId       the posting's UUID
 * @param descriptionHtml our own constant HTML, rendered as is
 * @param cards           custom question cards, in form order
 * @param eeo             whether the U.S. EEO survey selects are shown
 */
public record LeverJob(String site, String postingId, String companyName, String title, String location,
                       String commitment, String team, String descriptionHtml, List<LeverCard> cards, boolean eeo) {

    public LeverJob {
        cards = List.copyOf(cards);
    }

    /**
     * A posting alias: the same tenant and form under another job id and title, for the practice board APIs
     * (a search finds it; the replica serves it with this job's questions).
     */
    public LeverJob aliasAs(String aliasPostingId, String title) {
        return new LeverJob(site, aliasPostingId, companyName, title, location, commitment, team, descriptionHtml, cards,
                eeo);
    }

    /** The posting's path under the replica's prefix: {@code /{site}/{postingId}} (the real hostedUrl's path). */
    public String path() {
        return "/" + site + "/" + postingId;
    }
}
