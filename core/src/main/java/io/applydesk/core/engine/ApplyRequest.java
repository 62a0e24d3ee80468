package io.applydesk.core.engine;

import io.applydesk.core.job.JobLink;
import io.applydesk.core.profile.AnswerBankEntry;
import io.applydesk.core.profile.Profile;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the engine needs for one application.
 *
 * @param profile     with the session's {@code overrideEmail} already applied
 * @param resume      the resume file to upload
 * @param answerBank  the candidate's approved answers
 * @param evidenceDir where to write {@code filled.png}, {@code confirmation.png}, {@code answers.json}, {@code page.html}
 */
public record ApplyRequest(
        String applicationId,
        JobLink job,
        Profile profile,
        Path resume,
        List<AnswerBankEntry> answerBank,
        ApplyMode mode,
        Path evidenceDir) {
}
