package io.applydesk.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the JSON Resume format (jsonresume.org schema 1.0): {@code basics}, {@code work},
 * {@code education}, {@code awards}, {@code certificates}, {@code skills}, {@code languages}. What one
 * format has and the other lacks is left out (a read says so in its warnings). Dates keep "YYYY-MM".
 * Stateless and thread-safe.
 */
public final class JsonResume {
    private static final List<String> UNUSED_SECTIONS =
            List.of("volunteer", "publications", "interests", "references", "projects");

    private JsonResume() {
    }

    /** True when {@code root} is a JSON Resume document rather than a profile in the hosted API's shape. */
    static boolean isJsonResume(JsonNode root) {
        return root.isObject() && root.has("basics") && !root.has("personalInformation");
    }

    /** The profile a JSON Resume document describes; it names no resume file. */
    static ProfileImport fromTree(JsonNode root) {
        List<String> warnings = new ArrayList<>();
        JsonNode basics = root.path("basics");
        JsonNode location = basics.path("location");
        String fullName = text(basics, "name");
        int space = fullName == null ? -1 : fullName.trim().lastIndexOf(' ');
        String firstName = space < 0 ? fullName : fullName.trim().substring(0, space);
        String lastName = space < 0 ? null : fullName.trim().substring(space + 1);
        String phone = text(basics, "phone");
        // "+1 2065550198": the part before the first space is the country code, as written on export.
        int gap = phone == null || !phone.startsWith("+") ? -1 : phone.indexOf(' ');
        PersonalInformation info = new PersonalInformation(firstName, lastName, text(basics, "email"),
                gap < 0 ? null : phone.substring(0, gap), gap < 0 ? phone : phone.substring(gap + 1).trim(), null,
                text(location, "address"), text(location, "city"), text(location, "region"),
                text(location, "postalCode"), countryName(text(location, "countryCode")), null);

        List<WorkExperience> work = new ArrayList<>();
        for (JsonNode job : root.path("work")) {
            String end = month(text(job, "endDate"));
            work.add(new WorkExperience(text(job, "position"), text(job, "name"), month(text(job, "startDate")), end,
                    end == null, text(job, "location"), withHighlights(text(job, "summary"), job.path("highlights"))));
        }
        List<Education> education = new ArrayList<>();
        for (JsonNode school : root.path("education")) {
            education.add(new Education(new Education.Institution(text(school, "institution"), null),
                    new Education.Degree(text(school, "studyType"), text(school, "area")),
                    month(text(school, "startDate")), month(text(school, "endDate")), text(school, "score")));
        }
        List<String> skills = new ArrayList<>();
        root.path("skills").forEach(skill -> {
            String name = text(skill, "name");
            if (name != null) {
                skills.add(name);
            }
        });
        List<Language> languages = new ArrayList<>();
        root.path("languages").forEach(l -> languages.add(new Language(text(l, "language"), text(l, "fluency"))));
        List<Certification> certifications = new ArrayList<>();
        root.path("certificates").forEach(c -> certifications.add(
                new Certification(text(c, "name"), text(c, "issuer"), month(text(c, "date")))));
        List<Achievement> achievements = new ArrayList<>();
        root.path("awards").forEach(a -> achievements.add(
                new Achievement(text(a, "title"), text(a, "summary"), month(text(a, "date")))));

        Miscellaneous misc = new Miscellaneous(profileUrl(basics, "linkedin"), profileUrl(basics, "github"), null,
                text(basics, "url"), null, null, null, null, null, null, null, null, null, null, null, null);
        for (String section : UNUSED_SECTIONS) {
            if (root.path(section).size() > 0) {
                warnings.add("The '" + section + "' section has no place in an ApplyDesk profile and was ignored.");
            }
        }
        // No profile name: a new profile is called after the person, an updated one keeps its own.
        Profile draft = new Profile(null, null, info, work, education, skills, languages, certifications,
                achievements, misc, null, null, null, null);
        return new ProfileImport(draft, null, List.of(), warnings);
    }

    /**
     * Writes {@code profile} as a JSON Resume document.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be written
     */
    public static void write(Profile profile, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Json.mapper().writeValue(file.toFile(), toTree(profile));
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The profile could not be written to " + file + ".", file.toString(), e);
        }
    }

    static ObjectNode toTree(Profile p) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json");
        PersonalInformation info = p.personalInformation();
        Miscellaneous misc = p.miscellaneous();
        ObjectNode basics = root.putObject("basics");
        if (info != null) {
            put(basics, "name", joined(info.firstName(), info.lastName()));
            put(basics, "email", info.email());
            put(basics, "phone", joined(info.countryCode(), info.phoneNumber()));
            ObjectNode location = basics.putObject("location");
            put(location, "address", info.address());
            put(location, "postalCode", info.zipCode());
            put(location, "city", info.city());
            put(location, "region", info.state());
            put(location, "countryCode", countryCode(info.country()));
        }
        if (misc != null) {
            put(basics, "url", misc.websiteUrl());
            ArrayNode profiles = basics.putArray("profiles");
            addProfile(profiles, "LinkedIn", misc.linkedinUrl());
            addProfile(profiles, "GitHub", misc.githubUrl());
        }
        ArrayNode work = root.putArray("work");
        for (WorkExperience w : p.workExperience()) {
            ObjectNode job = work.addObject();
            put(job, "name", w.company());
            put(job, "position", w.jobTitle());
            put(job, "location", w.workLocation());
            put(job, "startDate", w.startDate());
            put(job, "endDate", w.currentlyWorkHere() ? null : w.endDate());
            put(job, "summary", w.description());
        }
        ArrayNode education = root.putArray("education");
        for (Education e : p.education()) {
            ObjectNode school = education.addObject();
            put(school, "institution", e.institution() == null ? null : e.institution().name());
            put(school, "studyType", e.degree() == null ? null : e.degree().degreeName());
            put(school, "area", e.degree() == null ? null : e.degree().fieldOfStudy());
            put(school, "startDate", e.startDate());
            put(school, "endDate", e.endDate());
            put(school, "score", e.gpa());
        }
        ArrayNode awards = root.putArray("awards");
        for (Achievement a : p.achievements()) {
            ObjectNode award = awards.addObject();
            put(award, "title", a.title());
            put(award, "date", a.date());
            put(award, "summary", a.description());
        }
        ArrayNode certificates = root.putArray("certificates");
        for (Certification c : p.certifications()) {
            ObjectNode certificate = certificates.addObject();
            put(certificate, "name", c.name());
            put(certificate, "issuer", c.issuer());
            put(certificate, "date", c.date());
        }
        ArrayNode skills = root.putArray("skills");
        p.skills().forEach(s -> skills.addObject().put("name", s));
        ArrayNode languages = root.putArray("languages");
        for (Language l : p.languages()) {
            ObjectNode language = languages.addObject();
            put(language, "language", l.language());
            put(language, "fluency", l.proficiency());
        }
        return root;
    }

    private static void addProfile(ArrayNode profiles, String network, String url) {
        if (url != null && !url.isBlank()) {
            profiles.addObject().put("network", network).put("url", url);
        }
    }

    private static String profileUrl(JsonNode basics, String network) {
        for (JsonNode profile : basics.path("profiles")) {
            String name = text(profile, "network");
            if (name != null && name.toLowerCase(Locale.ROOT).contains(network)) {
                return text(profile, "url");
            }
        }
        return null;
    }

    /** The summary followed by one "- highlight" line each, as forms take one description box. */
    private static String withHighlights(String summary, JsonNode highlights) {
        StringBuilder sb = new StringBuilder(summary == null ? "" : summary);
        for (JsonNode h : highlights) {
            if (h.isTextual() && !h.asText().isBlank()) {
                sb.append(sb.length() == 0 ? "" : "\n").append("- ").append(h.asText().trim());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** "2021-02-15" or "2021-02" → "2021-02"; a bare year stays as it is. */
    private static String month(String date) {
        return date == null || date.length() <= 7 ? date : date.substring(0, 7);
    }

    /** "US" → "United States"; anything that is not a two-letter code is kept as written. */
    private static String countryName(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** "United States" → "US"; a name no locale knows is kept as written. */
    private static String countryCode(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        for (String code : Locale.getISOCountries()) {
            if (new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country.trim())) {
                return code;
            }
        }
        return country.trim();
    }

    private static String joined(String first, String second) {
        String joined = ((first == null ? "" : first.trim()) + " " + (second == null ? "" : second.trim())).trim();
        return joined.isEmpty() ? null : joined;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().trim() : null;
    }
}
