package io.applydesk.automation.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A cosmetic variation of a practice job's form, switched per job with {@link PracticeAts#setVariant}: the
 * same questions as another tenant of the same ATS might show them. An applier must not depend on any of
 * it. The ATS's fixed structural ids (the same on every real tenant, e.g. Greenhouse's {@code #first_name})
 * never change. Replicas apply a variant through the methods below, each a no-op under the other variants,
 * and record what comes back in {@link #STANDARD} terms ({@link VariantMapping}).
 */
public enum PracticeVariant {
    /** The form as the replica's job model describes it. */
    STANDARD(false, false, false, false),
    /** Standard fields in another order, custom questions shuffled deterministically. */
    REORDERED(true, false, false, false),
    /** Labels reworded slightly ("First Name" → "Given name"); yes/no options of some questions too. */
    REWORDED(false, true, false, false),
    /** One more optional question the candidate has no answer for; it must stay empty. */
    EXTRA_OPTIONAL_FIELD(false, false, true, false),
    /** Other question ids, card ids and field UUIDs, as another tenant of the same ATS has. */
    OTHER_ID_PREFIX(false, false, false, true),
    /** Another tenant altogether: every variation above at once. */
    ANOTHER_TENANT(true, true, true, true);

    /** The label of the {@link #EXTRA_OPTIONAL_FIELD} question. */
    public static final String EXTRA_QUESTION_LABEL = "Is there anything else you would like us to know?";

    /** Standard label → how {@link #REWORDED} shows it; labels not listed stay as they are. */
    private static final Map<String, String> REWORDINGS = Map.ofEntries(
            Map.entry("First Name", "Given name"),
            Map.entry("Last Name", "Family name"),
            Map.entry("Email", "Email address"),
            Map.entry("Phone", "Phone number"),
            Map.entry("Name", "Full name"),
            Map.entry("Preferred First Name", "Preferred name"),
            Map.entry("Country", "Country of residence"),
            Map.entry("Location", "Where are you based?"),
            Map.entry("Location (City)", "Where are you located?"),
            Map.entry("Current location", "Where are you based?"),
            Map.entry("Current company", "Current employer"),
            Map.entry("LinkedIn URL", "LinkedIn profile"),
            Map.entry("GitHub URL", "GitHub profile"),
            Map.entry("Other website", "Personal website"),
            Map.entry("LinkedIn Profile", "LinkedIn URL"),
            Map.entry("GitHub Profile", "GitHub URL"),
            Map.entry("GitHub", "GitHub profile"),
            Map.entry("Website", "Personal website"),
            Map.entry("Are you legally authorized to work in the United States?",
                    "Are you legally allowed to work in the US?"),
            Map.entry("Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?",
                    "Do you need visa sponsorship now or in the future (e.g. H-1B)?"),
            Map.entry("Will you now or in the future require sponsorship for employment visa status?",
                    "Do you need visa sponsorship now or in the future?"),
            Map.entry("Will you now or in the future require visa sponsorship?",
                    "Do you need visa sponsorship now or in the future?"),
            Map.entry("How did you hear about this job?", "How did you hear about us?"),
            // Answer-bank questions keep their meaningful words, as a careful recruiter's edit would.
            Map.entry("Why do you want to join Tidewater Energy?", "Why would you want to join Tidewater Energy?"),
            Map.entry("How many years of professional experience do you have with Java?",
                    "How many years of professional Java experience do you have?"),
            Map.entry("Which of our offices would you consider working from?",
                    "From which of our offices would you consider working?"),
            Map.entry("What are your salary expectations?", "What is your expected salary?"),
            Map.entry("What is your notice period?", "How long is your notice period?"),
            Map.entry("Are you willing to relocate?", "Would you consider relocating?"),
            Map.entry("Pronouns", "Your pronouns"),
            Map.entry("Cover letter", "Your cover letter"),
            Map.entry("Gender", "Gender identity"),
            Map.entry("Veteran Status", "Protected veteran status"),
            Map.entry("Disability Status", "Disability"),
            Map.entry("Are you Hispanic/Latino?", "Do you identify as Hispanic or Latino?"),
            Map.entry("Race", "Race / ethnicity"));

    /** Yes/no option texts {@link #REWORDED} shows for the work-authorization question. */
    private static final Map<String, String> AUTHORIZATION_OPTIONS = Map.of("Yes", "Yes, I am", "No", "No, I am not");
    private static final String AUTHORIZATION_LABEL = "Are you legally authorized to work in the United States?";
    /** Added to numeric question and option ids by {@link #OTHER_ID_PREFIX}. */
    private static final long OTHER_TENANT_OFFSET = 3_000_000_000L;

    private final boolean reorders;
    private final boolean rewords;
    private final boolean addsExtraQuestion;
    private final boolean changesIds;

    PracticeVariant(boolean reorders, boolean rewords, boolean addsExtraQuestion, boolean changesIds) {
        this.reorders = reorders;
        this.rewords = rewords;
        this.addsExtraQuestion = addsExtraQuestion;
        this.changesIds = changesIds;
    }

    /** {@link #REORDERED} (and {@link #ANOTHER_TENANT}): the items deterministically shuffled (never left in their order); else as given. */
    public <T> List<T> reorder(List<T> items) {
        if (!reorders || items.size() < 2) {
            return items;
        }
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(31L * items.size() + 7));
        if (shuffled.equals(items)) {
            Collections.reverse(shuffled);
        }
        return List.copyOf(shuffled);
    }

    /** {@link #REWORDED}: the label as this variant shows it; else the label itself. */
    public String reword(String label) {
        return rewords ? REWORDINGS.getOrDefault(label, label) : label;
    }

    /**
     * {@link #REWORDED}: the option as shown under the question whose standard label is {@code label}
     * ("Yes" → "Yes, I am" for work authorization); else the option itself.
     */
    public String rewordOption(String label, String option) {
        return rewords && AUTHORIZATION_LABEL.equals(label)
                ? AUTHORIZATION_OPTIONS.getOrDefault(option, option) : option;
    }

    /** {@link #OTHER_ID_PREFIX}: another tenant's numeric id for the same question or option; else the id. */
    public long id(long id) {
        return changesIds ? id + OTHER_TENANT_OFFSET : id;
    }

    /** {@link #OTHER_ID_PREFIX}: another tenant's UUID for the same card or field (stable); else the UUID. */
    public String uuid(String uuid) {
        return changesIds
                ? UUID.nameUUIDFromBytes(("other-tenant:" + uuid).getBytes(StandardCharsets.UTF_8)).toString() : uuid;
    }

    /** Whether names and ids are another tenant's ({@link #OTHER_ID_PREFIX}, {@link #ANOTHER_TENANT}). */
    public boolean changesIds() {
        return changesIds;
    }

    /** Whether the form gets the optional {@link #EXTRA_QUESTION_LABEL} question. */
    public boolean addsExtraQuestion() {
        return addsExtraQuestion;
    }
}
