package io.applydesk.automation.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application the practice ATS accepted, exactly as it arrived.
 *
 * @param atsType    the replica's {@link io.applydesk.core.job.AtsType#apiValue()}, e.g. {@code greenhouse}
 * @param fields     every form field as sent, in arrival order (a name may repeat, e.g. checkboxes)
 * @param files      the files that belong to the application: uploaded in the POST itself, or earlier through
 *                   the ATS's upload endpoint and referenced from the form
 */
public record RecordedSubmission(String atsType, String jobId, Instant receivedAt,
                                 Map<String, List<String>> fields, List<UploadedFile> files) {

    public RecordedSubmission {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Collections.unmodifiableMap(copy);
        files = List.copyOf(files);
    }

    /** The first value sent for {@code name}, or null when the field was not sent. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The file attached to {@code fieldName} (e.g. {@code resume}), or null. */
    public UploadedFile file(String fieldName) {
        return files.stream().filter(file -> file.fieldName().equals(fieldName)).findFirst().orElse(null);
    }
}
