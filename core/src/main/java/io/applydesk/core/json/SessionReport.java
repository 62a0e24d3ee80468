package io.applydesk.core.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.application.Application;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CLI's {@code --report}: {@code {"session": …, "applications": [...]}} in the hosted API's shapes. */
public final class SessionReport {
    private SessionReport() {
    }

    public static ObjectNode toJson(Session session, List<Application> applications) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("session", ApiJson.session(session));
        ArrayNode apps = json.putArray("applications");
        applications.forEach(a -> apps.add(ApiJson.application(a)));
        return json;
    }

    /**
     * Writes the report (pretty-printed UTF-8), creating missing parent folders.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be written
     */
    public static void write(Path file, Session session, List<Application> applications) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Json.mapper().writeValue(file.toFile(), toJson(session, applications));
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The report could not be written to " + file + " (" + e.getMessage() + ").", "report", e);
        }
    }
}
