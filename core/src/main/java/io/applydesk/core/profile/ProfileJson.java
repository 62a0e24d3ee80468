package io.applydesk.core.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads profile files in the hosted API's JSON shape (and JSON Resume; {@link ProfileExporter} writes both). Unknown
 * keys never fail a read: each becomes a warning naming where it was. Stateless and thread-safe.
 */
public final class ProfileJson {

    private ProfileJson() {
    }

    /**
     * Reads a profile file: the hosted API's shape, or a JSON Resume document (recognised by its
     * {@code basics}).
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file is missing, is not JSON (with line and
     *                            column), or holds a value of the wrong kind (naming where)
     */
    public static ProfileImport read(Path file) {
        JsonNode root = readTree(file);
        if (JsonResume.isJsonResume(root)) {
            return JsonResume.fromTree(root, file);
        }
        if (!root.isObject()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile file " + file + " must hold one JSON object with the profile's keys.", file.toString());
        }
        return readHosted(root, file, "");
    }

    /**
     * The profile {@code node} holds in the hosted shape, its resume location resolved against {@code file}'s folder.
     * {@code where} is the node's path in the file (empty for the whole file), for warnings and errors to name.
     *
     * @throws ApplyDeskException VALIDATION_ERROR for a value of the wrong kind
     */
    static ProfileImport readHosted(JsonNode node, Path file, String where) {
        List<String> warnings = new ArrayList<>();
        collectUnknownKeys(node, ProfileFileJson.class, where, warnings);
        ProfileFileJson json;
        try {
            json = Json.mapper().treeToValue(node, ProfileFileJson.class);
        } catch (JsonProcessingException e) {
            String at = e instanceof JsonMappingException ? pathOf(where, (JsonMappingException) e) : where;
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile file has a value of the wrong kind" + (at.isEmpty() ? "" : " at " + at) + ".", at, e);
        }
        URI resume = resumeLocation(file, json, warnings);
        List<AnswerBankEntry> answers = json.answers() == null ? List.of() : json.answers().stream()
                .filter(a -> a != null && a.question() != null && !a.question().isBlank() && a.answer() != null)
                .collect(Collectors.toList());
        return new ProfileImport(json.toDraft(), resume, answers, warnings);
    }

    private static JsonNode readTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile file " + file + " does not exist.", file.toString());
        }
        try {
            JsonNode root = Json.mapper().readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "The profile file " + file + " is empty.", file.toString());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile file is not valid JSON" + where + ".", file.toString(), e);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile file " + file + " could not be read.", file.toString(), e);
        }
    }

    /**
     * {@code resumePath} and {@code resumeUrl} may each be a path relative to the profile file, a
     * {@code file:} URL or an http(s) URL.
     */
    private static URI resumeLocation(Path file, ProfileFileJson json, List<String> warnings) {
        String path = blankToNull(json.resumePath());
        String url = blankToNull(json.resumeUrl());
        if (path != null && url != null) {
            warnings.add("Both resumePath and resumeUrl are given; resumePath was used.");
        }
        String location = path != null ? path : url;
        if (location == null) {
            return null;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            try {
                return URI.create(location);
            } catch (IllegalArgumentException e) {
                throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                        "The resume location '" + location + "' is not a valid link.", location, e);
            }
        }
        Path base = file.toAbsolutePath().getParent();
        return base.resolve(location).normalize().toUri();
    }

    /** Adds a warning for every key the hosted shape does not have, walking records and lists. */
    private static void collectUnknownKeys(JsonNode node, Type type, String path, List<String> warnings) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord() && node.isObject()) {
            Map<String, Type> components = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                components.put(c.getName(), c.getGenericType());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Type fieldType = components.get(field.getKey());
                if (fieldType == null) {
                    warnings.add("Unknown key '" + field.getKey() + "'" + (path.isEmpty() ? "" : " in " + path)
                            + " was ignored.");
                } else {
                    collectUnknownKeys(field.getValue(), fieldType,
                            path.isEmpty() ? field.getKey() : path + "." + field.getKey(), warnings);
                }
            }
        } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                collectUnknownKeys(node.get(i), element, path + "[" + i + "]", warnings);
            }
        }
        // Maps (workAuthorization: country → yes/no) accept any key; scalars have none.
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }

    private static String pathOf(String where, JsonMappingException e) {
        StringBuilder sb = new StringBuilder(where);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
