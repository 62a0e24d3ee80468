package io.applydesk.app.ui.runonce;

import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the wizard's Resume choice, ready to show.
 *
 * @param resumeId the resume sent to every job, or null when the profile's rules choose per job
 * @param label    the resume's own file name, or "By your rules (default: cv.pdf)"
 */
public record ResumeOption(String resumeId, String label) {

    /** The profile's rules first (the choice that changes nothing), then each of its resumes; none for no profile. */
    static List<ResumeOption> of(Profile profile) {
        if (profile == null) {
            return List.of();
        }
        Resume fallback = profile.defaultResume();
        List<ResumeOption> options = new ArrayList<>();
        options.add(new ResumeOption(null, fallback == null ? "By your rules"
                : "By your rules (default: " + fallback.fileName() + ")"));
        profile.resumes().forEach(resume -> options.add(new ResumeOption(resume.resumeId(), resume.fileName())));
        return options;
    }
}
